; Inno Setup 6 script for Warm-up Timer: a per-user install (no administrator rights) of the
; PyInstaller bundle, with a Start-menu entry, the routine-file association and an uninstaller.
;
; packaging/build.py runs it on Windows after PyInstaller, passing the package's version:
;   ISCC.exe /DAppVersion=1.2.3 /DBundleDir=C:\src\warmup-app\dist\warmup-app ^
;            /OC:\src\warmup-app\dist packaging\windows\warmup-app.iss
; Output: dist\warmup-app-<version>-setup.exe

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=x.y.z (packaging/build.py reads it from warmup_app)
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\warmup-app"
#endif
; Windows' file version resource needs four numbers; build.py passes them (0.1.0rc1 -> 0.1.0.0).
#ifndef NumericVersion
  #define NumericVersion AppVersion
#endif

#define AppName "Warm-up Timer"
#define AppExe "warmup-app.exe"
#define AppUserModelId "io.github.warmup_timer.WarmupTimer"
#define ProgId "WarmupTimer.Routine"
#define Homepage "https://github.com/warmup-timer/warmup-app"

[Setup]
; The AppId ties upgrades and the uninstaller together: never change it.
AppId={{6F0B3C52-8E1D-4B7A-9C52-3A1E7D4F2B90}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Warm-up Timer developers
AppPublisherURL={#Homepage}
AppSupportURL={#Homepage}/issues
AppUpdatesURL={#Homepage}/releases
VersionInfoVersion={#NumericVersion}
; Per user: no UAC prompt, files under %LOCALAPPDATA%\Programs, registry under HKCU.
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=warmup-app-{#AppVersion}-setup
SetupIconFile=warmup-app.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; An upgrade closes a running copy first (Restart Manager) so its files can be replaced.
CloseApplications=yes
RestartApplications=no
ChangesAssociations=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "german"; MessagesFile: "compiler:Languages\German.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole bundle: a Qt plugin or library left over from the previous
; version would be loaded next to the new ones. The user's routines, settings and history are
; in %APPDATA%\warmup-app and %LOCALAPPDATA%\warmup-app, never in {app}.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; AppUserModelID: "{#AppUserModelId}"; Comment: "A guided warm-up before your run"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; AppUserModelID: "{#AppUserModelId}"; Tasks: desktopicon

[Registry]
; Routine files. Explorer picks a file's type by its last extension only, so a .warmup.toml
; file is a ".toml" file to Windows. The app registers a ProgID for routines and offers itself
; in "Open with" for .toml files; it becomes the default for .toml only when no other program
; has claimed .toml (it must not take over every TOML file of a user who edits them).
Root: HKCU; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "Warm-up routine"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKCU; Subkey: "Software\Classes\.toml\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\.toml"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue; Check: TomlIsUnclaimed
Root: HKCU; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".toml"; ValueData: ""
Root: HKCU; Subkey: "Software\Classes\Applications\{#AppExe}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
{ True when no program (in HKCU or HKLM) is the default for .toml yet, or when it is us. }
function TomlIsUnclaimed(): Boolean;
var
  Current: String;
begin
  Result := True;
  if RegQueryStringValue(HKEY_CLASSES_ROOT, '.toml', '', Current) then
    Result := (Current = '') or (Current = '{#ProgId}');
end;
