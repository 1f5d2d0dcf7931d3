; Inno Setup 6 script for BindGuard (换号卫士). UNTESTED on this Linux machine; built by packaging/ci/release.yml.
; Build first:   python packaging\build.py          (-> dist\BindGuard\BindGuard.exe)
; Then:          iscc /DAppVersion=0.1.0 packaging\windows\bindguard.iss   (-> dist\BindGuard-0.1.0-windows-setup.exe)
; Per-user install (no administrator prompt): older relatives often have no admin password.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{5B7E3C1A-2F4D-4E8B-9C61-B1D4A7E2F0C3}
AppName=BindGuard 换号卫士
AppVersion={#AppVersion}
AppVerName=换号卫士 BindGuard {#AppVersion}
AppPublisher=BindGuard
DefaultDirName={localappdata}\Programs\BindGuard
DefaultGroupName=换号卫士
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
OutputDir=..\..\dist
OutputBaseFilename=BindGuard-{#AppVersion}-windows-setup
SetupIconFile=..\icons\app.ico
UninstallDisplayIcon={app}\BindGuard.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ShowLanguageDialog=no

[Languages]
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
; The whole one-folder bundle, recursively: never list DLLs by hand (VeneraX #111).
Source: "..\..\dist\BindGuard\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\换号卫士 BindGuard"; Filename: "{app}\BindGuard.exe"
Name: "{group}\{cm:UninstallProgram,换号卫士}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\换号卫士"; Filename: "{app}\BindGuard.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\BindGuard.exe"; Description: "{cm:LaunchProgram,换号卫士}"; Flags: nowait postinstall skipifsilent

; The user's data (%LOCALAPPDATA%\BindGuard) and the key in Credential Manager are left in place on
; uninstall on purpose: a reinstall must find the checklist again.
