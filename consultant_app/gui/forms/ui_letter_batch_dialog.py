# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'letter_batch_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QFrame, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QProgressBar, QPushButton,
    QSizePolicy, QSpacerItem, QTextBrowser, QVBoxLayout,
    QWidget)

class Ui_LetterBatchDialog(object):
    def setupUi(self, letter_batch_dialog):
        if not letter_batch_dialog.objectName():
            letter_batch_dialog.setObjectName(u"letter_batch_dialog")
        letter_batch_dialog.resize(760, 640)
        self.main_layout = QVBoxLayout(letter_batch_dialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(letter_batch_dialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.choice_form = QFormLayout()
        self.choice_form.setObjectName(u"choice_form")
        self.template_label = QLabel(letter_batch_dialog)
        self.template_label.setObjectName(u"template_label")

        self.choice_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.template_label)

        self.template_combo = QComboBox(letter_batch_dialog)
        self.template_combo.setObjectName(u"template_combo")

        self.choice_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.template_combo)

        self.letter_date_label = QLabel(letter_batch_dialog)
        self.letter_date_label.setObjectName(u"letter_date_label")

        self.choice_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.letter_date_label)

        self.letter_date_edit = QDateEdit(letter_batch_dialog)
        self.letter_date_edit.setObjectName(u"letter_date_edit")
        self.letter_date_edit.setDisplayFormat(u"yyyy-MM-dd")
        self.letter_date_edit.setCalendarPopup(True)

        self.choice_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.letter_date_edit)

        self.folder_label = QLabel(letter_batch_dialog)
        self.folder_label.setObjectName(u"folder_label")

        self.choice_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.folder_label)

        self.folder_row = QHBoxLayout()
        self.folder_row.setObjectName(u"folder_row")
        self.folder_edit = QLineEdit(letter_batch_dialog)
        self.folder_edit.setObjectName(u"folder_edit")

        self.folder_row.addWidget(self.folder_edit)

        self.choose_folder_button = QPushButton(letter_batch_dialog)
        self.choose_folder_button.setObjectName(u"choose_folder_button")

        self.folder_row.addWidget(self.choose_folder_button)


        self.choice_form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.folder_row)


        self.main_layout.addLayout(self.choice_form)

        self.expired_frame = QFrame(letter_batch_dialog)
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


        self.main_layout.addWidget(self.expired_frame)

        self.clients_header = QHBoxLayout()
        self.clients_header.setObjectName(u"clients_header")
        self.clients_label = QLabel(letter_batch_dialog)
        self.clients_label.setObjectName(u"clients_label")

        self.clients_header.addWidget(self.clients_label)

        self.clients_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.clients_header.addItem(self.clients_spacer)

        self.check_all_button = QPushButton(letter_batch_dialog)
        self.check_all_button.setObjectName(u"check_all_button")

        self.clients_header.addWidget(self.check_all_button)

        self.check_none_button = QPushButton(letter_batch_dialog)
        self.check_none_button.setObjectName(u"check_none_button")

        self.clients_header.addWidget(self.check_none_button)


        self.main_layout.addLayout(self.clients_header)

        self.clients_list = QListWidget(letter_batch_dialog)
        self.clients_list.setObjectName(u"clients_list")
        self.clients_list.setAlternatingRowColors(True)

        self.main_layout.addWidget(self.clients_list)

        self.progress_bar = QProgressBar(letter_batch_dialog)
        self.progress_bar.setObjectName(u"progress_bar")
        self.progress_bar.setValue(0)

        self.main_layout.addWidget(self.progress_bar)

        self.general_error = QLabel(letter_batch_dialog)
        self.general_error.setObjectName(u"general_error")
        self.general_error.setText(u"")
        self.general_error.setWordWrap(True)

        self.main_layout.addWidget(self.general_error)

        self.result_browser = QTextBrowser(letter_batch_dialog)
        self.result_browser.setObjectName(u"result_browser")
        self.result_browser.setOpenLinks(False)

        self.main_layout.addWidget(self.result_browser)

        self.actions = QHBoxLayout()
        self.actions.setObjectName(u"actions")
        self.status_label = QLabel(letter_batch_dialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setText(u"")

        self.actions.addWidget(self.status_label)

        self.actions_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions.addItem(self.actions_spacer)

        self.make_button = QPushButton(letter_batch_dialog)
        self.make_button.setObjectName(u"make_button")

        self.actions.addWidget(self.make_button)

        self.button_box = QDialogButtonBox(letter_batch_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.actions.addWidget(self.button_box)


        self.main_layout.addLayout(self.actions)

#if QT_CONFIG(shortcut)
        self.template_label.setBuddy(self.template_combo)
        self.letter_date_label.setBuddy(self.letter_date_edit)
        self.folder_label.setBuddy(self.folder_edit)
        self.clients_label.setBuddy(self.clients_list)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(letter_batch_dialog)

        QMetaObject.connectSlotsByName(letter_batch_dialog)
    # setupUi

    def retranslateUi(self, letter_batch_dialog):
        letter_batch_dialog.setWindowTitle(QCoreApplication.translate("LetterBatchDialog", u"Brieven voor meerdere cli\u00ebnten", None))
        self.intro_label.setText(QCoreApplication.translate("LetterBatchDialog", u"E\u00e9n brief per aangevinkte cli\u00ebnt, elk in het dossier bewaard en als bestand in de gekozen map. Een dossier waarin gegevens ontbreken wordt overgeslagen en hieronder genoemd.", None))
        self.template_label.setText(QCoreApplication.translate("LetterBatchDialog", u"&Sjabloon", None))
        self.letter_date_label.setText(QCoreApplication.translate("LetterBatchDialog", u"Da&tum van de brieven", None))
        self.folder_label.setText(QCoreApplication.translate("LetterBatchDialog", u"&Map", None))
        self.choose_folder_button.setText(QCoreApplication.translate("LetterBatchDialog", u"&Kiezen\u2026", None))
        self.expired_confirm_check.setText(QCoreApplication.translate("LetterBatchDialog", u"&Ik heb dit gelezen en maak deze brieven toch, met dit sjabloon", None))
        self.clients_label.setText(QCoreApplication.translate("LetterBatchDialog", u"&Cli\u00ebnten (uit de lijst van het hoofdvenster)", None))
        self.check_all_button.setText(QCoreApplication.translate("LetterBatchDialog", u"&Alles aanvinken", None))
        self.check_none_button.setText(QCoreApplication.translate("LetterBatchDialog", u"&Niets aanvinken", None))
        self.make_button.setText(QCoreApplication.translate("LetterBatchDialog", u"&Brieven maken", None))
    # retranslateUi

