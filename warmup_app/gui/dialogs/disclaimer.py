"""The first-run disclaimer: what the app is not, and what to do in an emergency.

Shown once, at the first start (and again whenever its wording changes enough to bump
``DISCLAIMER_VERSION``); accepting it is remembered in the settings under
``disclaimer/accepted_version``. Closing it without accepting shows it again next time. It opens
without blocking (``QDialog.open``), so nothing else waits on it; the self-check tab repeats the
disclaimer where it matters.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from warmup_app.config.settings import DISCLAIMER_ACCEPTED, Settings
from warmup_app.gui.common.text import plain_label

log = logging.getLogger(__name__)

#: Bump when the text changes in substance, so every runner sees the new one once.
DISCLAIMER_VERSION = 1


class DisclaimerDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Before you start"))
        self.setObjectName("disclaimerDialog")
        paragraphs = [
            self.tr(
                "Warm-up Timer guides you through a warm-up and offers a self-check for heavy "
                "legs. It gives general information only: it is not a diagnosis or medical "
                "advice, and it cannot replace a doctor or physiotherapist."
            ),
            self.tr(
                "Talk to a health professional before you start or change an exercise routine, "
                "especially if you have a heart condition, chest pain, dizziness or blackouts, "
                "or a bone or joint problem, if you take medicine for your blood pressure or "
                "heart, or if you are pregnant."
            ),
            self.tr(
                "Stop exercising if you feel pain, chest discomfort, dizziness or unusual "
                "breathlessness."
            ),
            self.tr("In an emergency, call your local emergency number (such as 112, 999 or 911)."),
            self.tr(
                "Never put off getting professional advice because of something this app says."
            ),
        ]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 14)
        layout.setSpacing(10)
        heading = plain_label(self.windowTitle(), self)
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        self.labels = [plain_label(text, self, wrap=True) for text in paragraphs]
        emergency = self.labels[3]
        bold = QFont(emergency.font())
        bold.setBold(True)
        emergency.setFont(bold)
        for label in self.labels:
            layout.addWidget(label)
        self.buttons = QDialogButtonBox(self)
        self.accept_button = self.buttons.addButton(
            self.tr("I understand"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.accept_button.setAccessibleName(self.tr("I understand"))
        self.accept_button.setDefault(True)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.setAccessibleName(self.windowTitle())
        self.setAccessibleDescription("\n".join(paragraphs))
        self.setMinimumWidth(520)
        self.setMaximumWidth(640)
        self.accept_button.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def text(self) -> str:
        return "\n".join(label.text() for label in self.labels)


class FirstRunDisclaimer(QObject):
    """Shows :class:`DisclaimerDialog` when this version has not been accepted yet."""

    #: The runner accepted this version (a ``--start`` waits for it on the first run).
    accepted = Signal()
    #: The dialog closed without being accepted.
    dismissed = Signal()

    def __init__(self, settings: Settings, window: QWidget) -> None:
        super().__init__(window)
        self.settings = settings
        self.window = window
        self.dialog: DisclaimerDialog | None = None

    def needed(self) -> bool:
        return self.settings.get(DISCLAIMER_ACCEPTED) < DISCLAIMER_VERSION

    @Slot()
    def show_if_needed(self) -> bool:
        """Open the dialog (without blocking) if needed; True when it was opened."""
        if not self.needed() or (self.dialog is not None and self.dialog.isVisible()):
            return False
        self.dialog = DisclaimerDialog(self.window)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.accepted.connect(self._on_accepted)
        self.dialog.rejected.connect(self.dismissed)
        self.dialog.destroyed.connect(self._on_destroyed)
        self.dialog.open()
        return True

    @Slot()
    def _on_accepted(self) -> None:
        self.settings.set(DISCLAIMER_ACCEPTED, DISCLAIMER_VERSION)
        log.info("disclaimer version %d accepted", DISCLAIMER_VERSION)
        self.accepted.emit()

    @Slot()
    def _on_destroyed(self) -> None:
        self.dialog = None
