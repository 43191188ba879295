; Inno Setup 6 script: a Windows installer for the one-folder mesomap build.
; UNTESTED: written on Linux, never compiled nor run on Windows. See packaging/README.md.
;
; Build on Windows, from the repository root:
;   .venv\Scripts\python packaging\render_icons.py            (writes packaging\icons\mesomap.ico)
;   .venv\Scripts\pyinstaller --noconfirm --distpath build\pyinstaller\dist ^
;        --workpath build\pyinstaller\work packaging\mesomap.spec
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\windows\mesomap.iss
; The installer is written to build\installer\mesomap-<version>-setup.exe.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "mesomap"
#define SourceDir "..\..\build\pyinstaller\dist\mesomap"

[Setup]
; A fixed AppId lets later versions upgrade this installation in place. Never change it.
AppId={{6C0F4C7E-2F0B-4B5E-9C2A-6E8A51D3A0B1}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The mesomap developers
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Installs for the current user without administrator rights; an administrator can choose
; "for all users" (the clinic's shared workstations).
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\build\installer
OutputBaseFilename=mesomap-{#AppVersion}-setup
SetupIconFile=..\icons\mesomap.ico
UninstallDisplayIcon={app}\mesomap.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; The user's database and settings live in the user's profile (AppData), never in {app}:
; uninstalling leaves them in place.

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "it"; MessagesFile: "compiler:Languages\Italian.isl"
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "ptbr"; MessagesFile: "compiler:Languages\BrazilianPortuguese.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; Files of an older version that the new one no longer ships would otherwise stay behind.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\mesomap.exe"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\mesomap.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\mesomap.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
