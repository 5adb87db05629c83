; Inno Setup 6 script of the sopdesk installer (Inno Setup 6.4 or newer).
;
; Build the bundle first (pyinstaller packaging\sopdesk.spec → dist\sopdesk\), then either
;     powershell -File packaging\windows\build.ps1          (does both, passes the version)
; or
;     ISCC packaging\windows\sopdesk.iss
; The installer is written to dist\sopdesk-<version>-setup.exe.
;
; What it does:
; - installs for the current user only, without administrator rights, into
;   %LOCALAPPDATA%\Programs\sopdesk ({autopf} with PrivilegesRequired=lowest);
; - Start-menu shortcut, desktop shortcut (a task, checked by default, can be unticked);
; - registers .sopcase files: a ProgID "sopdesk.case" with its icon and
;   "{app}\sopdesk.exe" "%1", listed under the extension's OpenWithProgids. sopdesk becomes the
;   default only where .sopcase has no default yet; a choice the user made is never overridden;
; - the data (database, backups, log) lives in %LOCALAPPDATA%\sopdesk\sopdesk, outside {app}:
;   upgrading and uninstalling leave it alone;
; - a running sopdesk holds a mutex (AppMutex below): Setup and the uninstaller wait for it to close.

; ---- version: from pyproject.toml, one place --------------------------------------------------
; build.ps1 passes /DAppVersion=<pyproject version>. Without it, the version is read from the
; bundle's sopdesk.exe, whose version resource packaging/sopdesk.spec fills from pyproject.toml.
#ifndef DistDir
  #define DistDir AddBackslash(SourcePath) + "..\..\dist\sopdesk"
#endif
#if !FileExists(AddBackslash(DistDir) + "sopdesk.exe")
  #error The bundle is missing: run "pyinstaller --noconfirm packaging\sopdesk.spec" from the repository root first (see packaging\README.md).
#endif
#ifndef AppVersion
  #define AppVersion GetStringFileInfo(AddBackslash(DistDir) + "sopdesk.exe", "ProductVersion")
#endif
#if AppVersion == ""
  #error No version: pass /DAppVersion=x.y.z (build.ps1 does, from pyproject.toml).
#endif

; ---- Indonesian messages ------------------------------------------------------------------
; Inno Setup ships Indonesian.isl only among its user-contributed ("unofficial") translations, so a
; copy (its credits kept) is in Languages\ beside this script.
#if !FileExists(AddBackslash(SourcePath) + "Languages\Indonesian.isl")
  #error Languages\Indonesian.isl is missing beside sopdesk.iss (see packaging\README.md).
#endif

; ---- compression ---------------------------------------------------------------------------
; The real installer is compressed as far as Inno Setup goes. .ci/windows-check passes
; /DCompression=lzma2/fast for the throw-away "older version" it installs before an upgrade.
#ifndef Compression
  #define Compression "lzma2/max"
#endif

#define AppName "sopdesk"
#define AppExe "sopdesk.exe"
#define CaseExt ".sopcase"
#define CaseProgId "sopdesk.case"

[Setup]
; AppId identifies sopdesk to Windows for upgrades and uninstall: never change it.
AppId={{23184D2B-2612-4E88-A873-A084D4D02AA7}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=sopdesk
VersionInfoProductName={#AppName}
VersionInfoProductTextVersion={#AppVersion}
; Per user, no administrator: {autopf} is then %LOCALAPPDATA%\Programs.
PrivilegesRequired=lowest
; An administrator may still install for all users from the command line (/ALLUSERS).
PrivilegesRequiredOverridesAllowed=commandline
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#AppExe}
SetupIconFile=..\..\resources\icons\sopdesk.ico
; New .sopcase icons show at once, without logging off.
ChangesAssociations=yes
; A running sopdesk (sopdesk.exe or sopdesk-cli.exe: packaging/sopdesk_entry.py holds this mutex
; while it runs) stops Setup and the uninstaller before they touch a file: they ask for it to be
; closed (OK/Cancel); run silently, they give up and change nothing. Keep the name in step with
; APP_MUTEX in sopdesk_entry.py.
AppMutex=sopdesk-23184D2B-2612-4E88-A873-A084D4D02AA7
; Any other program holding a file to be replaced is closed through Windows' Restart Manager
; (and the database, which is not in {app}, is left consistent by SQLite).
CloseApplications=yes
RestartApplications=no
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
WizardStyle=modern
; Indonesian always (the offices' language); run the installer with /LANG=en for English.
LanguageDetectionMethod=none
ShowLanguageDialog=no
Compression={#Compression}
SolidCompression=yes
OutputDir=..\..\dist
OutputBaseFilename=sopdesk-{#AppVersion}-setup

[Languages]
Name: "id"; MessagesFile: "Languages\Indonesian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
id.CaseFileType=Berkas kasus sopdesk
en.CaseFileType=sopdesk case file
id.DataKept=sopdesk sudah dihapus. Data Anda (basis data, cadangan, catatan) tetap disimpan di:%n%n%1%n%nJika memasang sopdesk lagi, data ini dipakai kembali. Untuk menghapusnya, hapus folder tersebut secara manual.
en.DataKept=sopdesk has been removed. Your data (database, backups, log) is kept in:%n%n%1%n%nInstalling sopdesk again uses it again. To remove it, delete that folder by hand.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; An upgrade replaces the whole bundle, so no module of an older version is left behind.
; (The user's data is not in {app}.)
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; HKA is HKCU\Software\Classes for a per-user install (HKLM only if an administrator chose
; "all users" with /ALLUSERS).
Root: HKA; Subkey: "Software\Classes\{#CaseExt}\OpenWithProgids"; ValueType: string; ValueName: "{#CaseProgId}"; ValueData: ""; Flags: uninsdeletevalue
; Default for .sopcase only if nothing is registered yet (our own extension on a fresh PC).
Root: HKA; Subkey: "Software\Classes\{#CaseExt}"; ValueType: string; ValueName: ""; ValueData: "{#CaseProgId}"; Flags: createvalueifdoesntexist uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#CaseProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:CaseFileType}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#CaseProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#CaseProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: "{#CaseExt}"; ValueData: ""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
{ sopdesk's data folder (appdirs' user_data_dir("sopdesk", "sopdesk") in sopdesk/paths.py). }
function DataDir(): String;
begin
  Result := ExpandConstant('{localappdata}\sopdesk\sopdesk');
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  { The uninstaller never deletes the data; it says where it is. }
  if (CurUninstallStep = usPostUninstall) and (not UninstallSilent()) and DirExists(DataDir()) then
    MsgBox(FmtMessage(CustomMessage('DataKept'), [DataDir()]), mbInformation, MB_OK);
end;
