# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'templates_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QTextBrowser,
    QVBoxLayout, QWidget)

class Ui_TemplatesDialog(object):
    def setupUi(self, templates_dialog):
        if not templates_dialog.objectName():
            templates_dialog.setObjectName(u"templates_dialog")
        templates_dialog.resize(900, 660)
        self.main_layout = QVBoxLayout(templates_dialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(templates_dialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.templates_view = QTableView(templates_dialog)
        self.templates_view.setObjectName(u"templates_view")
        self.templates_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.templates_view.setAlternatingRowColors(True)
        self.templates_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.templates_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.templates_view.setTabKeyNavigation(False)

        self.main_layout.addWidget(self.templates_view)

        self.list_actions = QHBoxLayout()
        self.list_actions.setObjectName(u"list_actions")
        self.status_label = QLabel(templates_dialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setText(u"")
        self.status_label.setWordWrap(True)

        self.list_actions.addWidget(self.status_label)

        self.list_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.list_actions.addItem(self.list_spacer)

        self.import_button = QPushButton(templates_dialog)
        self.import_button.setObjectName(u"import_button")

        self.list_actions.addWidget(self.import_button)


        self.main_layout.addLayout(self.list_actions)

        self.check_group = QGroupBox(templates_dialog)
        self.check_group.setObjectName(u"check_group")
        self.check_layout = QVBoxLayout(self.check_group)
        self.check_layout.setObjectName(u"check_layout")
        self.verdict_label = QLabel(self.check_group)
        self.verdict_label.setObjectName(u"verdict_label")
        self.verdict_label.setText(u"")
        self.verdict_label.setWordWrap(True)

        self.check_layout.addWidget(self.verdict_label)

        self.findings_browser = QTextBrowser(self.check_group)
        self.findings_browser.setObjectName(u"findings_browser")
        self.findings_browser.setOpenLinks(False)

        self.check_layout.addWidget(self.findings_browser)

        self.import_form_box = QWidget(self.check_group)
        self.import_form_box.setObjectName(u"import_form_box")
        self.import_form = QFormLayout(self.import_form_box)
        self.import_form.setObjectName(u"import_form")
        self.import_form.setContentsMargins(0, 0, 0, 0)
        self.template_id_label = QLabel(self.import_form_box)
        self.template_id_label.setObjectName(u"template_id_label")

        self.import_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.template_id_label)

        self.template_id_box = QVBoxLayout()
        self.template_id_box.setSpacing(2)
        self.template_id_box.setObjectName(u"template_id_box")
        self.template_id_edit = QLineEdit(self.import_form_box)
        self.template_id_edit.setObjectName(u"template_id_edit")

        self.template_id_box.addWidget(self.template_id_edit)

        self.template_id_error = QLabel(self.import_form_box)
        self.template_id_error.setObjectName(u"template_id_error")
        self.template_id_error.setText(u"")
        self.template_id_error.setWordWrap(True)

        self.template_id_box.addWidget(self.template_id_error)


        self.import_form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.template_id_box)

        self.title_label = QLabel(self.import_form_box)
        self.title_label.setObjectName(u"title_label")

        self.import_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.title_label)

        self.title_box = QVBoxLayout()
        self.title_box.setSpacing(2)
        self.title_box.setObjectName(u"title_box")
        self.title_edit = QLineEdit(self.import_form_box)
        self.title_edit.setObjectName(u"title_edit")

        self.title_box.addWidget(self.title_edit)

        self.title_error = QLabel(self.import_form_box)
        self.title_error.setObjectName(u"title_error")
        self.title_error.setText(u"")
        self.title_error.setWordWrap(True)

        self.title_box.addWidget(self.title_error)


        self.import_form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.title_box)

        self.confirm_row = QHBoxLayout()
        self.confirm_row.setObjectName(u"confirm_row")
        self.confirm_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.confirm_row.addItem(self.confirm_spacer)

        self.add_button = QPushButton(self.import_form_box)
        self.add_button.setObjectName(u"add_button")

        self.confirm_row.addWidget(self.add_button)


        self.import_form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.confirm_row)


        self.check_layout.addWidget(self.import_form_box)

        self.general_error = QLabel(self.check_group)
        self.general_error.setObjectName(u"general_error")
        self.general_error.setText(u"")
        self.general_error.setWordWrap(True)

        self.check_layout.addWidget(self.general_error)


        self.main_layout.addWidget(self.check_group)

        self.button_box = QDialogButtonBox(templates_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.template_id_label.setBuddy(self.template_id_edit)
        self.title_label.setBuddy(self.title_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(templates_dialog)

        QMetaObject.connectSlotsByName(templates_dialog)
    # setupUi

    def retranslateUi(self, templates_dialog):
        templates_dialog.setWindowTitle(QCoreApplication.translate("TemplatesDialog", u"Sjablonen beheren", None))
        self.intro_label.setText(QCoreApplication.translate("TemplatesDialog", u"De briefsjablonen van deze computer: meegeleverd met Spreekuur, of door het kantoor toegevoegd. Een nieuw sjabloon wordt eerst gecontroleerd; alleen een sjabloon zonder fouten wordt toegevoegd.", None))
        self.import_button.setText(QCoreApplication.translate("TemplatesDialog", u"Sjabloon &importeren\u2026", None))
        self.check_group.setTitle(QCoreApplication.translate("TemplatesDialog", u"Controle van het nieuwe sjabloon", None))
        self.template_id_label.setText(QCoreApplication.translate("TemplatesDialog", u"I&d (kleine letters, cijfers, streepjes)", None))
        self.title_label.setText(QCoreApplication.translate("TemplatesDialog", u"&Titel", None))
        self.add_button.setText(QCoreApplication.translate("TemplatesDialog", u"Toe&voegen", None))
    # retranslateUi

