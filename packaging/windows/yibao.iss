; Inno Setup script for 医保个人助手 (Yibao Assistant) on Windows 10/11 (x64).
;
; Built by packaging/build.py on Windows after the freeze and the frozen smoke test:
;   ISCC.exe /DAppVersion=0.1.0 /DBundleDir=dist\yibao /DOutputDir=dist /DRepoRoot=. packaging\windows\yibao.iss
; Needs Inno Setup 6.3 or newer (x64compatible). The Chinese wizard texts come from
; Languages\ChineseSimplified.isl (in Inno Setup's own folder, or beside this script).
;
; Install modes: per-user (default, no administrator rights: %LOCALAPPDATA%\Programs) or for
; all users (Program Files), chosen on the first page or with /ALLUSERS or /CURRENTUSER.
; The uninstaller removes only the program; the user's data (%APPDATA%\Yibao) and logs
; (%LOCALAPPDATA%\Yibao\Logs) stay, and it says where they are.

#ifndef AppVersion
  #error Pass /DAppVersion=<version> (packaging/build.py reads it from yibao/__init__.py)
#endif
#ifndef AppVersionNumeric
  #define AppVersionNumeric AppVersion
#endif
#ifndef RepoRoot
  #define RepoRoot AddBackslash(SourcePath) + "..\.."
#endif
#ifndef BundleDir
  #define BundleDir RepoRoot + "\dist\yibao"
#endif
#ifndef OutputDir
  #define OutputDir RepoRoot + "\dist"
#endif
; These must agree with desktop/yibao/__init__.py (tests/packaging checks them).
#define AppNameZh "医保个人助手"
#define AppNameEn "Yibao Assistant"
#define AppReverseId "org.yibao.Assistant"
#define AppDataDirName "Yibao"
#define ExeName "yibao.exe"

#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
  #define ChineseIsl "compiler:Languages\ChineseSimplified.isl"
#elif FileExists(AddBackslash(SourcePath) + "ChineseSimplified.isl")
  #define ChineseIsl AddBackslash(SourcePath) + "ChineseSimplified.isl"
#else
  #error ChineseSimplified.isl not found: put it in Inno Setup's Languages folder (see packaging/README.md)
#endif

[Setup]
; The AppId never changes: upgrades and the uninstaller find the installed copy by it.
AppId={{D8E44E51-C026-4216-B0E4-5CB13C3F2664}
AppName={#AppNameZh}
AppVersion={#AppVersion}
AppVerName={#AppNameZh} {#AppVersion}
AppPublisher={#AppNameEn}
AppCopyright=GPL-3.0-or-later
VersionInfoVersion={#AppVersionNumeric}
VersionInfoProductName={#AppNameEn}
VersionInfoDescription={#AppNameEn} Setup
DefaultDirName={autopf}\{#AppNameEn}
DefaultGroupName={#AppNameZh}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename=yibao-{#AppVersion}-setup
SetupIconFile={#RepoRoot}\resources\icons\yibao.ico
UninstallDisplayIcon={app}\{#ExeName}
UninstallDisplayName={#AppNameZh} ({#AppNameEn})
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
LanguageDetectionMethod=uilanguage
CloseApplications=yes
RestartApplications=no

[Languages]
; Chinese first: it is used when the Windows UI language matches neither.
Name: "zh_CN"; MessagesFile: "{#ChineseIsl}"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
zh_CN.LaunchApp=启动医保个人助手
en.LaunchApp=Launch Yibao Assistant
zh_CN.DataKept=程序已卸载。您的数据仍保存在：%n%1%n如不再需要，可以手动删除这个文件夹。
en.DataKept=The program was removed. Your data is still in:%n%1%nDelete that folder yourself if you no longer need it.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; an upgrade replaces the whole bundle, so no file of an older version lingers
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
; The app sets the same AppUserModelID for its process (yibao/app.py), so the running window
; groups with its pinned shortcut on the taskbar.
Name: "{autoprograms}\{#AppNameZh}"; Filename: "{app}\{#ExeName}"; Comment: "{#AppNameEn}"; AppUserModelID: "{#AppReverseId}"
Name: "{autodesktop}\{#AppNameZh}"; Filename: "{app}\{#ExeName}"; Tasks: desktopicon; AppUserModelID: "{#AppReverseId}"

[Run]
Filename: "{app}\{#ExeName}"; Description: "{cm:LaunchApp}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] for the data: only {app} is removed (what [Files] put there).

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if CurUninstallStep = usPostUninstall then
  begin
    DataDir := ExpandConstant('{userappdata}\{#AppDataDirName}');
    if DirExists(DataDir) and not UninstallSilent then
      MsgBox(FmtMessage(CustomMessage('DataKept'), [DataDir]), mbInformation, MB_OK);
  end;
end;
