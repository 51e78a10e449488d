// Every dialog fits a 1280×720 laptop: its size hint, the size it opens at
// and its least size leave room for the window frame, so OK and Cancel are
// on the screen; Preferences squashed to its least size scrolls rather than
// overlapping its fields.

#include "ScreenTesting.h"
#include "SeamTesting.h"
#include "capture/QuickCapture.h"
#include "contacts/ContactDialog.h"
#include "contacts/KeepInTouchDialog.h"
#include "contacts/TagCadencesDialog.h"
#include "contacts/ValueGivenDialog.h"
#include "content/ContentMetricsDialog.h"
#include "content/ContentPieceDialog.h"
#include "db/Database.h"
#include "domain/StarterTemplates.h"
#include "engagement/QuickCaptureDialog.h"
#include "importexport/CsvImportWizard.h"
#include "importexport/ExportDialog.h"
#include "importexport/ImportReportDialog.h"
#include "insights/WeeklyNumbersDialog.h"
#include "io/ImportReport.h"
#include "outreach/ComposeDialog.h"
#include "outreach/OutcomeDateDialog.h"
#include "outreach/TemplatesDialog.h"
#include "settings/Settings.h"
#include "shell/PreferencesDialog.h"
#include "shell/RestoreBackupDialog.h"
#include "store/ContactStore.h"
#include "store/ContentStore.h"
#include "store/EngagementStore.h"
#include "store/TemplateStore.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QScrollArea>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rapport;

namespace {

// A 1280×720 screen less a title bar and borders (WindowPlacement's allowance).
const QSize room(1280 - 8, 720 - 40);

bool fits(const QSize &size)
{
    return size.width() <= room.width() && size.height() <= room.height();
}

QString shown(const QSize &size)
{
    return u"%1x%2"_s.arg(size.width()).arg(size.height());
}

} // namespace

class tst_DialogSizes : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void everyDialogFits_data();
    void everyDialogFits();
    void preferencesSquashedScrollsWithoutOverlap();
    void planStartedLabelHasAWorkingMnemonic();

private:
    std::unique_ptr<QDialog> make(const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ContactStore> m_contacts;
    std::unique_ptr<EngagementStore> m_engagement;
    std::unique_ptr<ContentStore> m_content;
    std::unique_ptr<TemplateStore> m_templates;
    std::unique_ptr<QuickCapture> m_capture;
    std::unique_ptr<Settings> m_settings;
};

void tst_DialogSizes::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(m_dir->filePath(u"dialogs.sqlite"_s), &error), qPrintable(error));
    m_contacts = std::make_unique<ContactStore>(*m_db);
    m_engagement = std::make_unique<EngagementStore>(*m_db);
    m_content = std::make_unique<ContentStore>(*m_db);
    m_templates = std::make_unique<TemplateStore>(*m_db);
    m_capture = std::make_unique<QuickCapture>(*m_contacts, *m_engagement);
    m_settings = std::make_unique<Settings>(m_dir->filePath(u"settings.ini"_s));
    SeamTesting::start();
}

void tst_DialogSizes::cleanup()
{
    m_settings.reset();
    m_capture.reset();
    m_templates.reset();
    m_content.reset();
    m_engagement.reset();
    m_contacts.reset();
    m_db.reset();
    m_dir.reset();
}

std::unique_ptr<QDialog> tst_DialogSizes::make(const QString &name)
{
    if (name == u"Preferences"_s)
        return std::make_unique<PreferencesDialog>(90, OutreachSettings(), QueueSettings());
    if (name == u"Contact"_s)
        return std::make_unique<ContactDialog>();
    if (name == u"KeepInTouch"_s)
        return std::make_unique<KeepInTouchDialog>(u"Ada Lovelace"_s, KeepInTouch(), 90);
    if (name == u"TagCadences"_s) {
        QList<TagCadence> cadences;
        for (int i = 0; i < 30; ++i)
            cadences.append(TagCadence{u"tag %1"_s.arg(i), std::nullopt, i});
        return std::make_unique<TagCadencesDialog>(cadences, 90);
    }
    if (name == u"ValueGiven"_s)
        return std::make_unique<ValueGivenDialog>(1, u"Ada Lovelace"_s);
    if (name == u"OutcomeDate"_s)
        return std::make_unique<OutcomeDateDialog>(QDate(2026, 3, 2), QDate(2026, 2, 1));
    if (name == u"Templates"_s)
        return std::make_unique<TemplatesDialog>(*m_templates, 300);
    if (name == u"Compose"_s) {
        Contact ada;
        ada.id = 1;
        ada.firstName = u"Ada"_s;
        ada.lastName = u"Lovelace"_s;
        return std::make_unique<ComposeDialog>(ada, StarterTemplates::all(),
                                               QHash<QString, QString>(), 300);
    }
    if (name == u"CsvImport"_s)
        return std::make_unique<CsvImportWizard>(*m_settings, m_dir->path());
    if (name == u"Export"_s) {
        QStringList tags;
        for (int i = 0; i < 40; ++i)
            tags << u"tag %1"_s.arg(i);
        return std::make_unique<ExportDialog>(ContactQuery(), 120, tags, m_dir->path());
    }
    if (name == u"WeeklyNumbers"_s) {
        return std::make_unique<WeeklyNumbersDialog>(
            std::nullopt, [](const QDate &) { return std::optional<NetworkSnapshot>(); });
    }
    if (name == u"ContentPiece"_s)
        return std::make_unique<ContentPieceDialog>();
    if (name == u"ContentMetrics"_s)
        return std::make_unique<ContentMetricsDialog>(*m_content);
    if (name == u"RestoreBackup"_s) {
        QList<BackupInfo> backups;
        for (int i = 0; i < 40; ++i) {
            BackupInfo b;
            b.fileName = u"rapport-2026-03-%1-daily.sqlite"_s.arg(i % 28 + 1, 2, 10, QChar(u'0'));
            b.createdAt = QDateTime(QDate(2026, 3, i % 28 + 1), QTime(9, 0), Qt::UTC);
            b.reason = BackupInfo::Reason::Daily;
            b.contacts = 1200;
            b.size = 4 << 20;
            backups << b;
        }
        return std::make_unique<RestoreBackupDialog>(m_dir->path(), backups);
    }
    if (name == u"ImportReport"_s) {
        ImportReport report;
        for (int i = 0; i < 200; ++i)
            report.skip(u"Connections.csv"_s, i + 2, u"No first or last name on this row."_s);
        return std::make_unique<ImportReportDialog>(report);
    }
    if (name == u"QuickCapture"_s)
        return std::make_unique<QuickCaptureDialog>(*m_capture, *m_contacts, QList<ContentPiece>());
    return nullptr;
}

void tst_DialogSizes::everyDialogFits_data()
{
    QTest::addColumn<QString>("name");
    for (const char *name :
         {"Preferences", "Contact", "KeepInTouch", "TagCadences", "ValueGiven", "OutcomeDate",
          "Templates", "Compose", "CsvImport", "Export", "WeeklyNumbers", "ContentPiece",
          "ContentMetrics", "RestoreBackup", "ImportReport", "QuickCapture"}) {
        QTest::newRow(name) << QString::fromLatin1(name);
    }
}

void tst_DialogSizes::everyDialogFits()
{
    QFETCH(QString, name);
    std::unique_ptr<QDialog> dialog = make(name);
    QVERIFY(dialog);
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    QVERIFY2(fits(dialog->minimumSizeHint()), qPrintable(shown(dialog->minimumSizeHint())));
    QVERIFY2(fits(dialog->sizeHint()), qPrintable(shown(dialog->sizeHint())));
    QVERIFY2(fits(dialog->size()), qPrintable(shown(dialog->size())));
    // Its buttons are inside it.
    for (auto *buttons : dialog->findChildren<QDialogButtonBox *>()) {
        if (!buttons->isVisible())
            continue;
        const QRect at(buttons->mapTo(dialog.get(), QPoint()), buttons->size());
        QVERIFY(dialog->rect().contains(at));
    }
}

void tst_DialogSizes::preferencesSquashedScrollsWithoutOverlap()
{
    PreferencesDialog dialog(90, OutreachSettings(), QueueSettings());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // It opened short enough for a laptop, and squashed further ...
    QVERIFY(dialog.height() <= room.height());
    dialog.resize(dialog.minimumSizeHint());
    QCoreApplication::processEvents();
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    QVERIFY(dialog.rect().contains(QRect(buttons->mapTo(&dialog, QPoint()), buttons->size())));
    auto *tabs = dialog.findChild<QTabWidget *>(u"preferencesTabs"_s);
    QVERIFY(tabs);
    QVERIFY(tabs->count() >= 3);
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QCoreApplication::processEvents();
        auto *scroll = qobject_cast<QScrollArea *>(tabs->currentWidget());
        QVERIFY(scroll);
        // ... each tab's groups keep their own height, one under another,
        // and scroll instead of overlapping.
        const QList<QGroupBox *> groups = scroll->widget()->findChildren<QGroupBox *>();
        QVERIFY(!groups.isEmpty());
        for (int a = 0; a < groups.size(); ++a) {
            QVERIFY(groups[a]->height() >= groups[a]->minimumSizeHint().height());
            for (int b = a + 1; b < groups.size(); ++b)
                QVERIFY(!groups[a]->geometry().intersects(groups[b]->geometry()));
        }
    }
}

void tst_DialogSizes::planStartedLabelHasAWorkingMnemonic()
{
    PreferencesDialog dialog(90, OutreachSettings(), QueueSettings());
    QLabel *planStarted = nullptr;
    for (auto *label : dialog.findChildren<QLabel *>()) {
        if (label->text() == u"Plan &started:"_s)
            planStarted = label;
    }
    QVERIFY(planStarted);
    // With a buddy the "&" underlines the S instead of showing itself.
    QVERIFY(planStarted->buddy());
    QCOMPARE(planStarted->buddy()->objectName(), u"planStartCheck"_s);
}

RAPPORT_TEST_MAIN_ON_SCREEN(tst_DialogSizes, 1280, 720)
#include "tst_dialogsizes.moc"
