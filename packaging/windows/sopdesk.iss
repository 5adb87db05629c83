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
;   upgrading and uninstalling leave it alone.

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
; Inno Setup ships Indonesian.isl only among its user-contributed ("unofficial") translations.
; build.ps1 fetches it into packaging\windows\Languages\ when neither place has it.
#if FileExists(AddBackslash(SourcePath) + "Languages\Indonesian.isl")
  #define IndonesianIsl AddBackslash(SourcePath) + "Languages\Indonesian.isl"
#elif FileExists(AddBackslash(CompilerPath) + "Languages\Indonesian.isl")
  #define IndonesianIsl "compiler:Languages\Indonesian.isl"
#else
  #error Indonesian.isl not found: put it in packaging\windows\Languages\ (build.ps1 fetches it; see packaging\README.md).
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
; A running sopdesk is closed (and its database left consistent by SQLite) before files are replaced.
CloseApplications=yes
RestartApplications=no
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
WizardStyle=modern
; Indonesian always (the offices' language); run the installer with /LANG=en for English.
LanguageDetectionMethod=none
ShowLanguageDialog=no
Compression=lzma2/max
SolidCompression=yes
OutputDir=..\..\dist
OutputBaseFilename=sopdesk-{#AppVersion}-setup

[Languages]
Name: "id"; MessagesFile: "{#IndonesianIsl}"
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
