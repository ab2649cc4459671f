# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'letter_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QFrame, QHBoxLayout, QHeaderView, QLabel,
    QListWidget, QListWidgetItem, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QSplitter, QStackedWidget,
    QTabWidget, QTableView, QTextBrowser, QVBoxLayout,
    QWidget)

class Ui_LetterDialog(object):
    def setupUi(self, letter_dialog):
        if not letter_dialog.objectName():
            letter_dialog.setObjectName(u"letter_dialog")
        letter_dialog.resize(1060, 700)
        self.main_layout = QVBoxLayout(letter_dialog)
        self.main_layout.setObjectName(u"main_layout")
        self.tabs = QTabWidget(letter_dialog)
        self.tabs.setObjectName(u"tabs")
        self.new_letter_tab = QWidget()
        self.new_letter_tab.setObjectName(u"new_letter_tab")
        self.new_letter_layout = QVBoxLayout(self.new_letter_tab)
        self.new_letter_layout.setObjectName(u"new_letter_layout")
        self.splitter = QSplitter(self.new_letter_tab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.choice_panel = QWidget(self.splitter)
        self.choice_panel.setObjectName(u"choice_panel")
        self.choice_layout = QVBoxLayout(self.choice_panel)
        self.choice_layout.setObjectName(u"choice_layout")
        self.choice_layout.setContentsMargins(0, 0, 0, 0)
        self.templates_label = QLabel(self.choice_panel)
        self.templates_label.setObjectName(u"templates_label")

        self.choice_layout.addWidget(self.templates_label)

        self.templates_list = QListWidget(self.choice_panel)
        self.templates_list.setObjectName(u"templates_list")
        self.templates_list.setAlternatingRowColors(True)
        self.templates_list.setWordWrap(True)

        self.choice_layout.addWidget(self.templates_list)

        self.description_label = QLabel(self.choice_panel)
        self.description_label.setObjectName(u"description_label")
        self.description_label.setText(u"")
        self.description_label.setWordWrap(True)

        self.choice_layout.addWidget(self.description_label)

        self.date_form = QFormLayout()
        self.date_form.setObjectName(u"date_form")
        self.letter_date_label = QLabel(self.choice_panel)
        self.letter_date_label.setObjectName(u"letter_date_label")

        self.date_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.letter_date_label)

        self.letter_date_edit = QDateEdit(self.choice_panel)
        self.letter_date_edit.setObjectName(u"letter_date_edit")
        self.letter_date_edit.setDisplayFormat(u"yyyy-MM-dd")
        self.letter_date_edit.setCalendarPopup(True)

        self.date_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.letter_date_edit)


        self.choice_layout.addLayout(self.date_form)

        self.splitter.addWidget(self.choice_panel)
        self.letter_panel = QWidget(self.splitter)
        self.letter_panel.setObjectName(u"letter_panel")
        self.letter_layout = QVBoxLayout(self.letter_panel)
        self.letter_layout.setObjectName(u"letter_layout")
        self.letter_layout.setContentsMargins(0, 0, 0, 0)
        self.expired_frame = QFrame(self.letter_panel)
        self.expired_frame.setObjectName(u"expired_frame")
        self.expired_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.expired_layout = QVBoxLayout(self.expired_frame)
        self.expired_layout.setObjectName(u"expired_layout")
        self.expired_label = QLabel(self.expired_frame)
        self.expired_label.setObjectName(u"expired_label")
        self.expired_label.setText(u"")
        self.expired_label.setWordWrap(True)

        self.expired_layout.addWidget(self.expired_label)

        self.expired_confirm_check = QCheckBox(self.expired_frame)
        self.expired_confirm_check.setObjectName(u"expired_confirm_check")

        self.expired_layout.addWidget(self.expired_confirm_check)


        self.letter_layout.addWidget(self.expired_frame)

        self.letter_stack = QStackedWidget(self.letter_panel)
        self.letter_stack.setObjectName(u"letter_stack")
        self.message_page = QWidget()
        self.message_page.setObjectName(u"message_page")
        self.message_layout = QVBoxLayout(self.message_page)
        self.message_layout.setObjectName(u"message_layout")
        self.message_label = QLabel(self.message_page)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setText(u"")
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message_label.setWordWrap(True)

        self.message_layout.addWidget(self.message_label)

        self.letter_stack.addWidget(self.message_page)
        self.preview_page = QWidget()
        self.preview_page.setObjectName(u"preview_page")
        self.preview_layout = QVBoxLayout(self.preview_page)
        self.preview_layout.setObjectName(u"preview_layout")
        self.preview_layout.setContentsMargins(0, 0, 0, 0)
        self.preview_browser = QTextBrowser(self.preview_page)
        self.preview_browser.setObjectName(u"preview_browser")
        self.preview_browser.setOpenLinks(False)

        self.preview_layout.addWidget(self.preview_browser)

        self.letter_stack.addWidget(self.preview_page)
        self.preflight_page = QWidget()
        self.preflight_page.setObjectName(u"preflight_page")
        self.preflight_layout = QVBoxLayout(self.preflight_page)
        self.preflight_layout.setObjectName(u"preflight_layout")
        self.preflight_layout.setContentsMargins(0, 0, 0, 0)
        self.preflight_intro_label = QLabel(self.preflight_page)
        self.preflight_intro_label.setObjectName(u"preflight_intro_label")
        self.preflight_intro_label.setWordWrap(True)

        self.preflight_layout.addWidget(self.preflight_intro_label)

        self.preflight_scroll = QScrollArea(self.preflight_page)
        self.preflight_scroll.setObjectName(u"preflight_scroll")
        self.preflight_scroll.setWidgetResizable(True)
        self.preflight_fields = QWidget()
        self.preflight_fields.setObjectName(u"preflight_fields")
        self.preflight_form = QFormLayout(self.preflight_fields)
        self.preflight_form.setObjectName(u"preflight_form")
        self.preflight_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.preflight_scroll.setWidget(self.preflight_fields)

        self.preflight_layout.addWidget(self.preflight_scroll)

        self.preflight_error = QLabel(self.preflight_page)
        self.preflight_error.setObjectName(u"preflight_error")
        self.preflight_error.setText(u"")
        self.preflight_error.setWordWrap(True)

        self.preflight_layout.addWidget(self.preflight_error)

        self.preflight_actions = QHBoxLayout()
        self.preflight_actions.setObjectName(u"preflight_actions")
        self.preflight_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.preflight_actions.addItem(self.preflight_spacer)

        self.preflight_save_button = QPushButton(self.preflight_page)
        self.preflight_save_button.setObjectName(u"preflight_save_button")

        self.preflight_actions.addWidget(self.preflight_save_button)


        self.preflight_layout.addLayout(self.preflight_actions)

        self.letter_stack.addWidget(self.preflight_page)

        self.letter_layout.addWidget(self.letter_stack)

        self.general_error = QLabel(self.letter_panel)
        self.general_error.setObjectName(u"general_error")
        self.general_error.setText(u"")
        self.general_error.setWordWrap(True)

        self.letter_layout.addWidget(self.general_error)

        self.letter_actions = QHBoxLayout()
        self.letter_actions.setObjectName(u"letter_actions")
        self.status_label = QLabel(self.letter_panel)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setText(u"")
        self.status_label.setWordWrap(True)

        self.letter_actions.addWidget(self.status_label)

        self.pdf_check = QCheckBox(self.letter_panel)
        self.pdf_check.setObjectName(u"pdf_check")

        self.letter_actions.addWidget(self.pdf_check)

        self.save_as_button = QPushButton(self.letter_panel)
        self.save_as_button.setObjectName(u"save_as_button")

        self.letter_actions.addWidget(self.save_as_button)

        self.open_word_button = QPushButton(self.letter_panel)
        self.open_word_button.setObjectName(u"open_word_button")

        self.letter_actions.addWidget(self.open_word_button)

        self.print_button = QPushButton(self.letter_panel)
        self.print_button.setObjectName(u"print_button")

        self.letter_actions.addWidget(self.print_button)

        self.letter_actions.setStretch(0, 1)

        self.letter_layout.addLayout(self.letter_actions)

        self.splitter.addWidget(self.letter_panel)

        self.new_letter_layout.addWidget(self.splitter)

        self.tabs.addTab(self.new_letter_tab, "")
        self.history_tab = QWidget()
        self.history_tab.setObjectName(u"history_tab")
        self.history_layout = QVBoxLayout(self.history_tab)
        self.history_layout.setObjectName(u"history_layout")
        self.letters_view = QTableView(self.history_tab)
        self.letters_view.setObjectName(u"letters_view")
        self.letters_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.letters_view.setAlternatingRowColors(True)
        self.letters_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.letters_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.letters_view.setTabKeyNavigation(False)

        self.history_layout.addWidget(self.letters_view)

        self.history_error = QLabel(self.history_tab)
        self.history_error.setObjectName(u"history_error")
        self.history_error.setText(u"")
        self.history_error.setWordWrap(True)

        self.history_layout.addWidget(self.history_error)

        self.history_actions = QHBoxLayout()
        self.history_actions.setObjectName(u"history_actions")
        self.history_status_label = QLabel(self.history_tab)
        self.history_status_label.setObjectName(u"history_status_label")
        self.history_status_label.setText(u"")
        self.history_status_label.setWordWrap(True)

        self.history_actions.addWidget(self.history_status_label)

        self.history_pdf_check = QCheckBox(self.history_tab)
        self.history_pdf_check.setObjectName(u"history_pdf_check")

        self.history_actions.addWidget(self.history_pdf_check)

        self.open_letter_button = QPushButton(self.history_tab)
        self.open_letter_button.setObjectName(u"open_letter_button")

        self.history_actions.addWidget(self.open_letter_button)

        self.export_letter_button = QPushButton(self.history_tab)
        self.export_letter_button.setObjectName(u"export_letter_button")

        self.history_actions.addWidget(self.export_letter_button)

        self.history_actions.setStretch(0, 1)

        self.history_layout.addLayout(self.history_actions)

        self.tabs.addTab(self.history_tab, "")

        self.main_layout.addWidget(self.tabs)

        self.button_box = QDialogButtonBox(letter_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.templates_label.setBuddy(self.templates_list)
        self.letter_date_label.setBuddy(self.letter_date_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(letter_dialog)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(letter_dialog)
    # setupUi

    def retranslateUi(self, letter_dialog):
        letter_dialog.setWindowTitle(QCoreApplication.translate("LetterDialog", u"Brief maken", None))
        self.templates_label.setText(QCoreApplication.translate("LetterDialog", u"&Sjabloon (geldige eerst)", None))
        self.letter_date_label.setText(QCoreApplication.translate("LetterDialog", u"Da&tum van de brief", None))
        self.expired_confirm_check.setText(QCoreApplication.translate("LetterDialog", u"&Ik heb dit gelezen en maak deze brief toch, met dit sjabloon", None))
        self.preflight_intro_label.setText(QCoreApplication.translate("LetterDialog", u"Voor deze brief ontbreken gegevens. Vul ze hier in: ze worden in het dossier bewaard, daarna volgt het voorbeeld.", None))
        self.preflight_save_button.setText(QCoreApplication.translate("LetterDialog", u"Opslaan in dossier en &verder", None))
        self.pdf_check.setText(QCoreApplication.translate("LetterDialog", u"ook als &PDF", None))
        self.save_as_button.setText(QCoreApplication.translate("LetterDialog", u"&Opslaan als\u2026", None))
        self.open_word_button.setText(QCoreApplication.translate("LetterDialog", u"Openen in &Word", None))
        self.print_button.setText(QCoreApplication.translate("LetterDialog", u"&Afdrukken", None))
        self.tabs.setTabText(self.tabs.indexOf(self.new_letter_tab), QCoreApplication.translate("LetterDialog", u"&Nieuwe brief", None))
        self.history_pdf_check.setText(QCoreApplication.translate("LetterDialog", u"ook als P&DF", None))
        self.open_letter_button.setText(QCoreApplication.translate("LetterDialog", u"&Openen", None))
        self.export_letter_button.setText(QCoreApplication.translate("LetterDialog", u"Opslaan a&ls\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.history_tab), QCoreApplication.translate("LetterDialog", u"&Eerdere brieven", None))
    # retranslateUi

