"""PyInstaller run-time hook (Linux bundle): point Qt at the bundled plugins, without Qt.

It replaces PyInstaller's own PySide6 hook, which imports QtCore at start-up to register an
embedded qt.conf: that loads Qt and ICU before ``warmup-app validate`` or ``list`` need either,
about 50 ms of every command-line call. On Linux the bundle needs no qt.conf: QtCore's
extension module finds libQt6Core through its ``$ORIGIN/Qt/lib`` RPATH, and Qt derives its
prefix (plugins, translations) from that library's location.
"""

import os
import sys

_qt = os.path.join(sys._MEIPASS, "PySide6", "Qt")  # type: ignore[attr-defined]
os.environ["QT_PLUGIN_PATH"] = os.path.join(_qt, "plugins")
os.environ["QML2_IMPORT_PATH"] = os.path.join(_qt, "qml")
