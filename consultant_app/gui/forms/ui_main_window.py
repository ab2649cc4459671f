# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFrame,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QMainWindow, QMenu, QMenuBar, QProgressBar,
    QPushButton, QSizePolicy, QSpacerItem, QStackedWidget,
    QStatusBar, QTableView, QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, main_window):
        if not main_window.objectName():
            main_window.setObjectName(u"main_window")
        main_window.resize(1100, 720)
        self.action_new_client = QAction(main_window)
        self.action_new_client.setObjectName(u"action_new_client")
#if QT_CONFIG(shortcut)
        self.action_new_client.setShortcut(u"Ctrl+N")
#endif // QT_CONFIG(shortcut)
        self.action_find = QAction(main_window)
        self.action_find.setObjectName(u"action_find")
#if QT_CONFIG(shortcut)
        self.action_find.setShortcut(u"Ctrl+F")
#endif // QT_CONFIG(shortcut)
        self.action_preferences = QAction(main_window)
        self.action_preferences.setObjectName(u"action_preferences")
        self.action_lock = QAction(main_window)
        self.action_lock.setObjectName(u"action_lock")
#if QT_CONFIG(shortcut)
        self.action_lock.setShortcut(u"Ctrl+L")
#endif // QT_CONFIG(shortcut)
        self.action_quit = QAction(main_window)
        self.action_quit.setObjectName(u"action_quit")
#if QT_CONFIG(shortcut)
        self.action_quit.setShortcut(u"Ctrl+Q")
#endif // QT_CONFIG(shortcut)
        self.action_due_tasks = QAction(main_window)
        self.action_due_tasks.setObjectName(u"action_due_tasks")
        self.action_batch_letters = QAction(main_window)
        self.action_batch_letters.setObjectName(u"action_batch_letters")
        self.action_templates = QAction(main_window)
        self.action_templates.setObjectName(u"action_templates")
        self.action_group_sessions = QAction(main_window)
        self.action_group_sessions.setObjectName(u"action_group_sessions")
        self.action_relations = QAction(main_window)
        self.action_relations.setObjectName(u"action_relations")
        self.action_partners = QAction(main_window)
        self.action_partners.setObjectName(u"action_partners")
        self.action_locations = QAction(main_window)
        self.action_locations.setObjectName(u"action_locations")
        self.action_national_figures = QAction(main_window)
        self.action_national_figures.setObjectName(u"action_national_figures")
        self.action_annual_figures = QAction(main_window)
        self.action_annual_figures.setObjectName(u"action_annual_figures")
        self.action_sync = QAction(main_window)
        self.action_sync.setObjectName(u"action_sync")
#if QT_CONFIG(shortcut)
        self.action_sync.setShortcut(u"F5")
#endif // QT_CONFIG(shortcut)
        self.action_conflicts = QAction(main_window)
        self.action_conflicts.setObjectName(u"action_conflicts")
        self.action_refused = QAction(main_window)
        self.action_refused.setObjectName(u"action_refused")
        self.action_sync_login = QAction(main_window)
        self.action_sync_login.setObjectName(u"action_sync_login")
        self.action_sync_logout = QAction(main_window)
        self.action_sync_logout.setObjectName(u"action_sync_logout")
        self.central_widget = QWidget(main_window)
        self.central_widget.setObjectName(u"central_widget")
        self.central_layout = QVBoxLayout(self.central_widget)
        self.central_layout.setObjectName(u"central_layout")
        self.central_layout.setContentsMargins(0, 0, 0, 0)
        self.pages = QStackedWidget(self.central_widget)
        self.pages.setObjectName(u"pages")
        self.lock_page = QWidget()
        self.lock_page.setObjectName(u"lock_page")
        self.lock_layout = QVBoxLayout(self.lock_page)
        self.lock_layout.setObjectName(u"lock_layout")
        self.pages.addWidget(self.lock_page)
        self.busy_page = QWidget()
        self.busy_page.setObjectName(u"busy_page")
        self.busy_layout = QVBoxLayout(self.busy_page)
        self.busy_layout.setObjectName(u"busy_layout")
        self.busy_top_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.busy_layout.addItem(self.busy_top_spacer)

        self.busy_label = QLabel(self.busy_page)
        self.busy_label.setObjectName(u"busy_label")
        self.busy_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.busy_layout.addWidget(self.busy_label)

        self.busy_progress = QProgressBar(self.busy_page)
        self.busy_progress.setObjectName(u"busy_progress")
        self.busy_progress.setMinimumSize(QSize(480, 0))
        self.busy_progress.setMaximumSize(QSize(480, 16777215))

        self.busy_layout.addWidget(self.busy_progress, 0, Qt.AlignmentFlag.AlignHCenter)

        self.busy_bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.busy_layout.addItem(self.busy_bottom_spacer)

        self.pages.addWidget(self.busy_page)
        self.work_page = QWidget()
        self.work_page.setObjectName(u"work_page")
        self.work_layout = QVBoxLayout(self.work_page)
        self.work_layout.setObjectName(u"work_layout")
        self.banner_layout = QVBoxLayout()
        self.banner_layout.setObjectName(u"banner_layout")

        self.work_layout.addLayout(self.banner_layout)

        self.spreekuur_bar = QFrame(self.work_page)
        self.spreekuur_bar.setObjectName(u"spreekuur_bar")
        self.spreekuur_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.spreekuur_layout = QHBoxLayout(self.spreekuur_bar)
        self.spreekuur_layout.setObjectName(u"spreekuur_layout")
        self.location_label = QLabel(self.spreekuur_bar)
        self.location_label.setObjectName(u"location_label")

        self.spreekuur_layout.addWidget(self.location_label)

        self.location_combo = QComboBox(self.spreekuur_bar)
        self.location_combo.setObjectName(u"location_combo")
        self.location_combo.setMinimumSize(QSize(320, 0))

        self.spreekuur_layout.addWidget(self.location_combo)

        self.date_label = QLabel(self.spreekuur_bar)
        self.date_label.setObjectName(u"date_label")
        self.date_label.setText(u"-")

        self.spreekuur_layout.addWidget(self.date_label)

        self.spreekuur_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.spreekuur_layout.addItem(self.spreekuur_spacer)

        self.today_count_label = QLabel(self.spreekuur_bar)
        self.today_count_label.setObjectName(u"today_count_label")
        self.today_count_label.setText(u"-")

        self.spreekuur_layout.addWidget(self.today_count_label)


        self.work_layout.addWidget(self.spreekuur_bar)

        self.content = QStackedWidget(self.work_page)
        self.content.setObjectName(u"content")
        self.search_page = QWidget()
        self.search_page.setObjectName(u"search_page")
        self.search_layout = QVBoxLayout(self.search_page)
        self.search_layout.setObjectName(u"search_layout")
        self.search_layout.setContentsMargins(0, -1, 0, -1)
        self.search_row = QHBoxLayout()
        self.search_row.setObjectName(u"search_row")
        self.search_edit = QLineEdit(self.search_page)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setClearButtonEnabled(True)

        self.search_row.addWidget(self.search_edit)

        self.open_button = QPushButton(self.search_page)
        self.open_button.setObjectName(u"open_button")

        self.search_row.addWidget(self.open_button)

        self.new_client_button = QPushButton(self.search_page)
        self.new_client_button.setObjectName(u"new_client_button")

        self.search_row.addWidget(self.new_client_button)


        self.search_layout.addLayout(self.search_row)

        self.clients_table = QTableView(self.search_page)
        self.clients_table.setObjectName(u"clients_table")
        self.clients_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.clients_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.clients_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.clients_table.setAlternatingRowColors(True)
        self.clients_table.setTabKeyNavigation(False)

        self.search_layout.addWidget(self.clients_table)

        self.result_count_label = QLabel(self.search_page)
        self.result_count_label.setObjectName(u"result_count_label")
        self.result_count_label.setText(u"-")

        self.search_layout.addWidget(self.result_count_label)

        self.content.addWidget(self.search_page)
        self.client_page = QWidget()
        self.client_page.setObjectName(u"client_page")
        self.client_layout = QVBoxLayout(self.client_page)
        self.client_layout.setObjectName(u"client_layout")
        self.client_layout.setContentsMargins(0, -1, 0, -1)
        self.content.addWidget(self.client_page)

        self.work_layout.addWidget(self.content)

        self.pages.addWidget(self.work_page)

        self.central_layout.addWidget(self.pages)

        main_window.setCentralWidget(self.central_widget)
        self.menu_bar = QMenuBar(main_window)
        self.menu_bar.setObjectName(u"menu_bar")
        self.menu_file = QMenu(self.menu_bar)
        self.menu_file.setObjectName(u"menu_file")
        self.menu_tasks = QMenu(self.menu_bar)
        self.menu_tasks.setObjectName(u"menu_tasks")
        self.menu_letters = QMenu(self.menu_bar)
        self.menu_letters.setObjectName(u"menu_letters")
        self.menu_registration = QMenu(self.menu_bar)
        self.menu_registration.setObjectName(u"menu_registration")
        self.menu_reports = QMenu(self.menu_bar)
        self.menu_reports.setObjectName(u"menu_reports")
        self.menu_sync = QMenu(self.menu_bar)
        self.menu_sync.setObjectName(u"menu_sync")
        main_window.setMenuBar(self.menu_bar)
        self.status_bar = QStatusBar(main_window)
        self.status_bar.setObjectName(u"status_bar")
        main_window.setStatusBar(self.status_bar)
#if QT_CONFIG(shortcut)
        self.location_label.setBuddy(self.location_combo)
#endif // QT_CONFIG(shortcut)

        self.menu_bar.addAction(self.menu_file.menuAction())
        self.menu_bar.addAction(self.menu_tasks.menuAction())
        self.menu_bar.addAction(self.menu_letters.menuAction())
        self.menu_bar.addAction(self.menu_registration.menuAction())
        self.menu_bar.addAction(self.menu_reports.menuAction())
        self.menu_bar.addAction(self.menu_sync.menuAction())
        self.menu_file.addAction(self.action_new_client)
        self.menu_file.addAction(self.action_find)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.action_preferences)
        self.menu_file.addAction(self.action_lock)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.action_quit)
        self.menu_tasks.addAction(self.action_due_tasks)
        self.menu_letters.addAction(self.action_batch_letters)
        self.menu_letters.addAction(self.action_templates)
        self.menu_registration.addAction(self.action_group_sessions)
        self.menu_registration.addAction(self.action_relations)
        self.menu_registration.addAction(self.action_partners)
        self.menu_registration.addAction(self.action_locations)
        self.menu_registration.addSeparator()
        self.menu_registration.addAction(self.action_national_figures)
        self.menu_reports.addAction(self.action_annual_figures)
        self.menu_sync.addAction(self.action_sync)
        self.menu_sync.addAction(self.action_conflicts)
        self.menu_sync.addAction(self.action_refused)
        self.menu_sync.addSeparator()
        self.menu_sync.addAction(self.action_sync_login)
        self.menu_sync.addAction(self.action_sync_logout)

        self.retranslateUi(main_window)

        QMetaObject.connectSlotsByName(main_window)
    # setupUi

    def retranslateUi(self, main_window):
        main_window.setWindowTitle(QCoreApplication.translate("MainWindow", u"Spreekuur", None))
        self.action_new_client.setText(QCoreApplication.translate("MainWindow", u"&Nieuwe cli\u00ebnt", None))
        self.action_find.setText(QCoreApplication.translate("MainWindow", u"&Zoeken", None))
        self.action_preferences.setText(QCoreApplication.translate("MainWindow", u"&Voorkeuren\u2026", None))
        self.action_lock.setText(QCoreApplication.translate("MainWindow", u"&Vergrendelen", None))
        self.action_quit.setText(QCoreApplication.translate("MainWindow", u"&Afsluiten", None))
        self.action_due_tasks.setText(QCoreApplication.translate("MainWindow", u"&Wat staat er open?", None))
        self.action_batch_letters.setText(QCoreApplication.translate("MainWindow", u"Brieven voor &meerdere cli\u00ebnten\u2026", None))
        self.action_templates.setText(QCoreApplication.translate("MainWindow", u"&Sjablonen beheren\u2026", None))
        self.action_group_sessions.setText(QCoreApplication.translate("MainWindow", u"&Groepsvoorlichting\u2026", None))
        self.action_relations.setText(QCoreApplication.translate("MainWindow", u"&Relatiecontacten\u2026", None))
        self.action_partners.setText(QCoreApplication.translate("MainWindow", u"&Partnerorganisaties\u2026", None))
        self.action_locations.setText(QCoreApplication.translate("MainWindow", u"&Spreekuurlocaties\u2026", None))
        self.action_national_figures.setText(QCoreApplication.translate("MainWindow", u"&Landelijke cijfers\u2026", None))
        self.action_annual_figures.setText(QCoreApplication.translate("MainWindow", u"&Jaarcijfers\u2026", None))
        self.action_sync.setText(QCoreApplication.translate("MainWindow", u"&Synchroniseren", None))
        self.action_conflicts.setText(QCoreApplication.translate("MainWindow", u"&Conflicten bekijken\u2026", None))
        self.action_refused.setText(QCoreApplication.translate("MainWindow", u"&Geweigerde wijzigingen\u2026", None))
        self.action_sync_login.setText(QCoreApplication.translate("MainWindow", u"&Inloggen bij de centrale registratie\u2026", None))
        self.action_sync_logout.setText(QCoreApplication.translate("MainWindow", u"&Uitloggen bij de centrale registratie", None))
        self.busy_label.setText(QCoreApplication.translate("MainWindow", u"Bezig\u2026", None))
        self.location_label.setText(QCoreApplication.translate("MainWindow", u"Spreekuur in:", None))
        self.search_edit.setPlaceholderText(QCoreApplication.translate("MainWindow", u"Zoek op naam van cli\u00ebnt, partner of kind (Ctrl+F)", None))
        self.open_button.setText(QCoreApplication.translate("MainWindow", u"Openen", None))
        self.new_client_button.setText(QCoreApplication.translate("MainWindow", u"Nieuwe cli\u00ebnt", None))
        self.menu_file.setTitle(QCoreApplication.translate("MainWindow", u"&Bestand", None))
        self.menu_tasks.setTitle(QCoreApplication.translate("MainWindow", u"&Taken", None))
        self.menu_letters.setTitle(QCoreApplication.translate("MainWindow", u"Br&ieven", None))
        self.menu_registration.setTitle(QCoreApplication.translate("MainWindow", u"Re&gistratie", None))
        self.menu_reports.setTitle(QCoreApplication.translate("MainWindow", u"&Rapportage", None))
        self.menu_sync.setTitle(QCoreApplication.translate("MainWindow", u"&Synchronisatie", None))
    # retranslateUi

