"""Messages: a conversation per person (the elder with each member), unread badges,
sending, messages marked read when shown, images loaded in the background (through the one
image fetcher, only from allowed servers)."""

from __future__ import annotations

import functools
import html

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QFont,
    QImage,
    QKeySequence,
    QShortcut,
    QShowEvent,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from carebot_desktop.services import dashboard
from carebot_desktop.services.changes import DeskChanges
from carebot_desktop.services.dashboard import Conversation
from carebot_desktop.ui import format as fmt
from carebot_desktop.ui import plain, theme
from carebot_desktop.ui.context import AppContext
from carebot_desktop.ui.page import Page
from carebot_desktop.ui.widgets import page_title
from carebot_desktop.workers.pictures import Picture, policy_of
from carebot_desktop.workers.pictures import load as load_picture
from carebot_desktop.workers.screen_work import MessageThread, open_thread, send_message

_Index = QModelIndex | QPersistentModelIndex

IMAGE_WIDTH = 220  # on screen; fetched at twice that for sharp high-DPI screens


class ConversationModel(QAbstractListModel):
    PARTNER_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Conversation] = []
        self._many_families = False

    def set_rows(self, rows: list[Conversation]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        # a caregiver of several families is told which family each person is of
        self._many_families = len({c.family_id for c in self._rows}) > 1
        self.endResetModel()

    def row_at(self, row: int) -> Conversation:
        return self._rows[row]

    def rows(self) -> list[Conversation]:
        return list(self._rows)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        conversation = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            name = conversation.partner_name
            if conversation.nickname:
                name = f"{name} · {conversation.nickname}"
            if conversation.unread:
                name += "   " + self.tr("(%n unread)", None, conversation.unread)
            if conversation.family_name and self._many_families:  # last: cut first if narrow
                name = f"{name} — {conversation.family_name}"
            return name
        if role == Qt.ItemDataRole.FontRole and conversation.unread:
            font = QFont()
            font.setBold(True)
            return font
        if role == self.PARTNER_ROLE:
            return conversation.partner_id
        return None


class MessagesPage(Page):
    """Signals: ``unread_changed(int)`` when the number of unread messages may have changed."""

    unread_changed = Signal(int)

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.partner_id: str | None = None
        self._thread: MessageThread | None = None
        # The conversation chosen while the screen was not shown: opened (and what it shows
        # marked read) when the person comes to see it, never before.
        self._thread_due = False
        # Pictures by address: shown under an internal name (never the address itself),
        # each asked for once.
        self._images: dict[str, QImage] = {}
        self._names: dict[str, str] = {}
        self._asked: set[str] = set()
        self._failed: set[str] = set()
        self._refused: set[str] = set()
        self.title = page_title(self.tr("Messages"))
        self._wanted_family: str | None = None  # open_family's, until the list is loaded
        self.model = ConversationModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Conversations"))
        self.list.selectionModel().currentChanged.connect(self._on_conversation_changed)
        self.view = QTextBrowser()
        self.view.setAccessibleName(self.tr("Messages of the conversation"))
        self.partner_label = plain.label()
        self.partner_label.setObjectName("pageTitle")
        self.editor = QPlainTextEdit()
        self.editor.setPlaceholderText(self.tr("Write a message… (Ctrl+Enter sends)"))
        self.editor.setAccessibleName(self.tr("New message"))
        self.send_button = QPushButton(self.tr("&Send"))
        self.send_button.setObjectName("primary")
        self.send_button.setAccessibleName(self.tr("Send the message"))
        self.send_button.clicked.connect(self._on_send_clicked)
        QShortcut(QKeySequence("Ctrl+Return"), self.editor, self._on_send_clicked)
        self.message.setObjectName("muted")
        compose = QHBoxLayout()
        compose.addWidget(self.editor, 1)
        compose.addWidget(self.send_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.partner_label)
        right_layout.addWidget(self.view, 1)
        right_layout.addLayout(compose)
        right_layout.addWidget(self.message)
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(splitter, 1)
        self._set_compose_enabled(False)
        self._fit_to_text()

    def _fit_to_text(self) -> None:
        """The list wide enough for a name and its unread count, the editor for about
        three lines, at the text size now (200 %: wider, taller)."""
        em = self.fontMetrics().horizontalAdvance("가")
        self.list.setMinimumWidth(max(230, 14 * em))
        self.editor.setMaximumHeight(max(90, 3 * self.fontMetrics().lineSpacing() + 16))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._thread_due and self.partner_id is not None:
            self._load_thread(self.partner_id)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the text size changed
            self._fit_to_text()

    def _set_compose_enabled(self, enabled: bool) -> None:
        self.editor.setEnabled(enabled)
        self.send_button.setEnabled(enabled)

    def unread_total(self) -> int:
        return sum(c.unread for c in self.model.rows())

    @Slot()
    def reload(self) -> None:
        if not self.signed_in:
            return
        session = self.session
        self.load(
            dashboard.conversations,
            self._context.api,
            session.user_id,
            done=self._on_conversations_loaded,
            key="conversations",
        )

    @Slot(object)
    def _on_conversations_loaded(self, rows: list[Conversation]) -> None:
        current = self.partner_id
        self.model.set_rows(rows)
        self.unread_changed.emit(self.unread_total())
        if not rows:
            text = self.tr(
                "No conversations: messages go between an elder and the members of the family."
            )
            self.view.setHtml(f"<p>{html.escape(text)}</p>")
            return
        target = self._family_row(rows)
        if target is None:
            target = next((i for i, c in enumerate(rows) if c.partner_id == current), None)
        if target is None:
            target = next((i for i, c in enumerate(rows) if c.unread), 0)
        self.list.setCurrentIndex(self.model.index(target))
        if current is not None and rows[target].partner_id == current:
            self._load_thread(current)

    def open_family(self, family_id: str) -> None:
        """Open a conversation with a member of that family (an alert's: the caregiver
        writes to the daughter), the elder's own if nobody else may be written to."""
        self._wanted_family = family_id
        rows = self.model.rows()
        target = self._family_row(rows)
        if target is not None:
            self.list.setCurrentIndex(self.model.index(target))
        self.reload()  # (kept for the fresh list if the person is not in this one yet)

    def _family_row(self, rows: list[Conversation]) -> int | None:
        family, self._wanted_family = self._wanted_family, None
        if family is None:
            return None
        found = [i for i, c in enumerate(rows) if c.family_id == family]
        if not found:
            self._wanted_family = family  # not loaded yet: the next list decides
            return None
        # the elder comes first in each family: a member, to tell the family
        return found[1] if len(found) > 1 else found[0]

    @Slot()
    def _on_conversation_changed(self) -> None:
        index = self.list.currentIndex()
        if not index.isValid():
            return
        conversation = self.model.row_at(index.row())
        self.partner_label.setText(
            conversation.partner_name
            + (f" · {conversation.nickname}" if conversation.nickname else "")
        )
        self._load_thread(conversation.partner_id)

    def _load_thread(self, partner_id: str) -> None:
        """Open the conversation, which marks what it shows read: only while this screen
        is shown. At sign-in (the list is read for the sidebar's badge) and when a message
        comes in while the person is on another screen, or the window waits in the tray,
        the messages stay unread until the person looks."""
        if not self.signed_in:
            return
        session = self.session
        self.partner_id = partner_id
        if not self.isVisible():
            self._thread_due = True
            if self._thread is not None and self._thread.partner_id != partner_id:
                self._thread = None
                self.view.clear()
                self._set_compose_enabled(False)
            return
        self._thread_due = False
        self.load(
            open_thread,
            self._context.api,
            session.user_id,
            partner_id,
            done=self._on_thread_loaded,
            key="thread",
            writes=True,
        )

    @Slot(object)
    def _on_thread_loaded(self, thread: MessageThread) -> None:
        if thread.partner_id != self.partner_id:
            return
        self._thread = thread
        self._set_compose_enabled(True)
        self._render()
        self._context.broadcast(thread.changes)

    def _render(self) -> None:
        thread = self._thread
        if thread is None or not self.signed_in:
            return
        session = self.session
        e = html.escape
        loading = self.tr("Loading the picture…")
        unavailable = self.tr("(the picture could not be loaded)")
        refused = self.tr("(the picture is not from an allowed server, so it was not loaded)")
        policy = policy_of(self._context.settings)
        empty = self.tr("No messages yet. Say hello!")
        read, unread = self.tr("read"), self.tr("not read yet")
        waiting = self.tr("waiting to be sent")
        # (mine, theirs, border, text, the time's): the current scheme's, each text at
        # least 4.5:1 on both bubbles (tests/unit/ui/test_dark_contrast.py)
        bubbles = tuple(
            theme.colour(name) for name in ("bubble_mine", "bubble_theirs", "line", "text", "muted")
        )
        parts = []
        for message in thread.messages:
            mine = message["from_id"] == session.user_id
            align, colour = ("right", bubbles[0]) if mine else ("left", bubbles[1])
            body = e(message["content"] or "").replace("\n", "<br/>")
            image = ""
            url = message["image_url"]
            if url:  # never the raw address: a sentence, or the picture's internal name
                if url in self._images:
                    name = self._names[url]
                    image = f"<br/><img src='{name}' width='{IMAGE_WIDTH}'/>"
                elif url in self._refused or not policy.allows(url):
                    image = f"<br/><i>{e(refused)}</i>"
                elif url in self._failed:
                    image = f"<br/><i>{e(unavailable)}</i>"
                else:
                    image = f"<br/><i>{e(loading)}</i>"
                    self._fetch_image(url)
            if message.get("pending"):
                state = " · " + waiting
            else:
                state = "" if not mine else (" · " + (read if message["is_read"] else unread))
            parts.append(
                f"<table width='100%'><tr><td align='{align}'>"
                f"<table cellpadding='8' style='background:{colour}; color:{bubbles[3]}; border:1px solid {bubbles[2]};'>"
                f"<tr><td>{body}{image}<br/><span style='color:{bubbles[4]}; font-size:small'>"
                f"{e(fmt.local_text(message['created_at'], short=True))}{e(state)}</span></td></tr></table>"
                f"</td></tr></table>"
            )
        if not parts:
            parts.append(f"<p>{e(empty)}</p>")
        self.view.setHtml("".join(parts))
        self._scroll_to_end()
        QTimer.singleShot(50, self, self._scroll_to_end)  # again once the layout has settled

    @Slot()
    def _scroll_to_end(self) -> None:
        """The newest message is what a person wants to see first."""
        self.view.moveCursor(QTextCursor.MoveOperation.End)
        self.view.ensureCursorVisible()
        bar = self.view.verticalScrollBar()
        bar.setValue(bar.maximum())

    def _fetch_image(self, url: str) -> None:
        """The one image fetcher, on a worker thread (decoded and scaled there)."""
        if url in self._asked:
            return
        self._asked.add(url)
        policy = policy_of(self._context.settings)
        (
            self._context.op(self, load_picture, policy, url, 2 * IMAGE_WIDTH)
            .success(self._on_image_loaded)
            .failure(functools.partial(self._on_image_failed, url))
            .run()
        )

    @Slot(object)
    def _on_image_loaded(self, picture: Picture) -> None:
        url = picture.url
        if picture.image is None:
            (self._refused if picture.refused else self._failed).add(url)
        else:
            name = f"carebot-image:{len(self._names)}"
            self._names[url] = name
            self._images[url] = picture.image
            self.view.document().addResource(
                QTextDocument.ResourceType.ImageResource, QUrl(name), picture.image
            )
        self._render()

    def _on_image_failed(self, url: str, _error: object) -> None:
        self._failed.add(url)
        self._render()

    @Slot()
    def _on_send_clicked(self) -> None:
        text = self.editor.toPlainText().strip()
        if not text or self.partner_id is None or not self.signed_in:
            return
        session = self.session
        self.send_button.setEnabled(False)
        self.message.setText(self.tr("Sending…"))
        data = {"from_id": session.user_id, "to_id": self.partner_id, "content": text}
        self.write(send_message, self._context.api, data, done=self._on_sent)

    @Slot(object)
    def _on_sent(self, made: DeskChanges) -> None:
        self.editor.clear()
        self.send_button.setEnabled(True)
        self.message.setText(self.tr("Sent."))
        self._context.broadcast(made)  # the conversations reload, and with them the thread

    def on_changes(self, changes: DeskChanges) -> None:
        """The conversations and their unread counts (the sidebar's badge counts them, so
        this reloads whether shown or not)."""
        if changes.messages:
            self.reload()

    @Slot(object)
    def _on_failed(self, error: object) -> None:
        self.send_button.setEnabled(self.partner_id is not None)
        super()._on_failed(error)
