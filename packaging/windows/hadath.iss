; Inno Setup 6 script: the Windows installer around the PyInstaller one-folder app.
;
; On Windows, from the repository folder (Python 3.11+, Inno Setup 6 on the PATH):
;   py -3.11 -m venv .venv
;   .venv\Scripts\python -m pip install -e ".[packaging]"
;   .venv\Scripts\python -m PyInstaller --noconfirm --distpath dist --workpath build\pyinstaller packaging\hadath.spec
;   iscc /DAppVersion=0.1.0 packaging\windows\hadath.iss
; The spec writes dist\hadath\ (hadath.exe for the command line, hadath-gui.exe for the
; Start menu) and build\pyinstaller\staging\hadath.ico; this script makes
; dist\Hadath-<version>-setup.exe from them. Check the result before shipping:
;   set QT_QPA_PLATFORM=offscreen & set HADATH_STARTUP_PROBE=1 & dist\hadath\hadath.exe --db %TEMP%\x.sqlite3
; prints "shown" and "painted" and exits 0 once an article exists (import one first with
; dist\hadath\hadath.exe --db %TEMP%\x.sqlite3 import tests\fixtures\interpol-93-marrakech.txt).
;
; Installs for the current user without administrator rights (or for everyone, when the
; user chooses so); the reporter's articles live in the user data folder, never under {app},
; so uninstalling or upgrading leaves them alone.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Hadath"
#define AppExe "hadath-gui.exe"

[Setup]
; The AppId identifies the installation for upgrades and uninstalling: never change it.
AppId={{37FF6C4B-E86F-4CD9-9A68-DA70BE125461}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Hadath developers
AppComments=Write and publish articles about events, offline
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=Hadath-{#AppVersion}-setup
SetupIconFile=..\..\build\pyinstaller\staging\hadath.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
CloseApplications=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
; Arabic ships with Inno Setup as a contributed translation; its file sets RightToLeft=yes.
#if FileExists(AddBackslash(CompilerPath) + "Languages\Arabic.isl")
Name: "ar"; MessagesFile: "compiler:Languages\Arabic.isl"
#elif FileExists(AddBackslash(CompilerPath) + "Languages\Unofficial\Arabic.isl")
Name: "ar"; MessagesFile: "compiler:Languages\Unofficial\Arabic.isl"
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\hadath\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the bundled libraries whole: a file left from an older Qt would load.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; AppUserModelID: "org.hadath.Hadath"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon; AppUserModelID: "org.hadath.Hadath"

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
