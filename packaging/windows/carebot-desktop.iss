; Inno Setup script: a per-user installer of the PyInstaller folder (dist\carebot-desktop).
; Build: ISCC.exe /DAppVersion=0.1.0 packaging\windows\carebot-desktop.iss (see packaging/README.md)
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6F1B2C3D-4E5F-4A6B-9C7D-8E9FA0B1C2D3}
AppName=Carebot Desktop
AppVersion={#AppVersion}
AppPublisher=Carebot
DefaultDirName={localappdata}\Programs\Carebot Desktop
DefaultGroupName=Carebot Desktop
PrivilegesRequired=lowest
OutputDir=..\..\dist
OutputBaseFilename=CarebotDesktop-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\carebot.ico
UninstallDisplayIcon={app}\carebot-desktop.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "korean"; MessagesFile: "compiler:Languages\Korean.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\..\dist\carebot-desktop\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\Carebot Desktop"; Filename: "{app}\carebot-desktop.exe"
Name: "{userdesktop}\Carebot Desktop"; Filename: "{app}\carebot-desktop.exe"; Tasks: desktopicon
Name: "{userstartup}\Carebot Desktop"; Filename: "{app}\carebot-desktop.exe"; Tasks: startup

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"
Name: "startup"; Description: "Start with Windows (a care-centre desk keeps watching)"; Flags: unchecked

[Run]
Filename: "{app}\carebot-desktop.exe"; Description: "{cm:LaunchProgram,Carebot Desktop}"; Flags: nowait postinstall skipifsilent
