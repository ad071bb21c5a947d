"""医保个人助手 (Yibao Assistant): a private, offline helper for China's basic medical insurance."""

__version__ = "0.1.0"

#: Directory name used by platformdirs and the desktop integration.
APP_ID = "Yibao"
#: Reverse-DNS id (desktop file, macOS bundle, Windows AppUserModelID).
APP_REVERSE_ID = "org.yibao.Assistant"
APP_NAME_ZH = "医保个人助手"
APP_NAME_EN = "Yibao Assistant"
