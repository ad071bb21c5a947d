"""The Qt user interface. Talks to ``yibao.services`` only, never to ``yibao.storage``."""
