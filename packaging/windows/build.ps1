# Build the sopdesk installer on a Windows PC (see packaging\README.md for the one-time setup).
#
#     powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
#
# 1. reads the version from pyproject.toml (the only place it is written),
# 2. builds the one-folder bundle with PyInstaller (dist\sopdesk\),
# 3. checks the bundle (packaging\check_install.py: commands, holidays, PDFs, the window),
# 4. finds ISCC (the Indonesian messages come from packaging\windows\Languages\Indonesian.isl,
#    committed beside the script: nothing is downloaded),
# 5. compiles packaging\windows\sopdesk.iss with ISCC, passing the version,
# giving dist\sopdesk-<version>-setup.exe.
#
# Options: -Python <python.exe> (default .venv\Scripts\python.exe), -Iscc <ISCC.exe>,
#          -SkipCheck (skip step 3), -NoGuiCheck (step 3 without opening the window).
# This file is kept ASCII-only: Windows PowerShell 5.1 reads scripts without a BOM as ANSI.
param(
    [string]$Python = ".venv\Scripts\python.exe",
    [string]$Iscc = "",
    [switch]$SkipCheck,
    [switch]$NoGuiCheck
)
$ErrorActionPreference = "Stop"
$Root = Resolve-Path (Join-Path $PSScriptRoot "..\..")
Set-Location $Root

function Invoke-Checked([string]$What, [scriptblock]$Block) {
    Write-Host "==> $What" -ForegroundColor Cyan
    & $Block
    if ($LASTEXITCODE -ne 0) { throw "$What failed (exit code $LASTEXITCODE)" }
}

if (-not (Test-Path $Python)) {
    throw "Python not found at $Python. Create the build environment first: py -3.11 -m venv .venv; .venv\Scripts\pip install . pyinstaller"
}

# 1. version
$Version = (& $Python -c "import tomllib; print(tomllib.load(open('pyproject.toml','rb'))['project']['version'])").Trim()
if ($LASTEXITCODE -ne 0 -or -not $Version) { throw "could not read the version from pyproject.toml" }
Write-Host "sopdesk $Version"

# 2. bundle (the spec refuses to build if the installed sopdesk is not this checkout's version)
Invoke-Checked "PyInstaller" { & $Python -m PyInstaller --noconfirm --clean packaging\sopdesk.spec }

# 3. check it as an office PC would run it
if (-not $SkipCheck) {
    $checkArgs = @("packaging\check_install.py", "--bundle", "dist\sopdesk")
    if ($NoGuiCheck) { $checkArgs += "--no-gui" }
    Invoke-Checked "checking the bundle" { & $Python @checkArgs }
}

# 4. ISCC and the Indonesian messages
if (-not $Iscc) {
    $candidates = @(
        (Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe"),
        (Join-Path $env:ProgramFiles "Inno Setup 6\ISCC.exe"),
        (Join-Path $env:LOCALAPPDATA "Programs\Inno Setup 6\ISCC.exe")
    )
    $onPath = Get-Command ISCC.exe -ErrorAction SilentlyContinue
    if ($onPath) { $candidates = @($onPath.Source) + $candidates }
    $Iscc = $candidates | Where-Object { $_ -and (Test-Path $_) } | Select-Object -First 1
    if (-not $Iscc) { throw "ISCC.exe (Inno Setup 6) not found: install Inno Setup 6.4 or newer, or pass -Iscc <path>" }
}
$isl = Join-Path $Root "packaging\windows\Languages\Indonesian.isl"
if (-not (Test-Path $isl)) { throw "$isl is missing: it is part of the repository (restore it with git)" }

# 5. installer
Invoke-Checked "Inno Setup" { & $Iscc "/DAppVersion=$Version" "packaging\windows\sopdesk.iss" }
$setup = Join-Path $Root "dist\sopdesk-$Version-setup.exe"
if (-not (Test-Path $setup)) { throw "ISCC reported success but $setup is missing" }
$mb = [math]::Round((Get-Item $setup).Length / 1MB, 1)
Write-Host "done: $setup ($mb MB)" -ForegroundColor Green
