// Edit ▸ Message Templates…: starters and the user's own templates, editing
// with placeholders, counters and the linter, saving, restoring a starter,
// and never losing typed text without asking.

#include "SeamTesting.h"
#include "common/ErrorBanner.h"
#include "db/Database.h"
#include "domain/StarterTemplates.h"
#include "outreach/TemplatesDialog.h"
#include "store/TemplateStore.h"

#include <QComboBox>
#include <QDir>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rapport;

namespace {

MessageTemplate userTemplate(const QString &name, const QString &channel, const QString &subject,
                             const QString &body)
{
    MessageTemplate t;
    t.name = name;
    t.channel = channel;
    t.subject = subject;
    t.body = body;
    return t;
}

} // namespace

class tst_TemplatesDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void listShowsAllStarters();
    void editingAStarterSavesTheUsersOwnCopy();
    void ctrlEnterSaves();
    void restoreStarterBringsTheStarterBack();
    void deleteAskedAndCancelledKeepsTheTemplate();
    void newNeedsNameAndTextBeforeSave();
    void duplicateNameIsRefusedInTheDialog();
    void aSaveTheStoreRefusesKeepsTheText();
    void duplicateStartsAnUnsavedCopy();
    void insertPlaceholderAtTheCursor();
    void insertPlaceholderIntoTheSubject();
    void subjectOnlyForInMailAndEmail();
    void counterShowsAnInvitationOverTheLimit();
    void lintFlagsListedWithExplanations();
    void closeWithUnsavedChangesAsks();
    void switchingTemplatesAsksAndKeepsTextOnCancel();
    void switchingTemplatesSaveThenGoOn();
    void keyboardSkipsChannelHeadings();
    void saveAsTemplateAsksForAName();
    void screenshot();

private:
    std::unique_ptr<TemplatesDialog> makeDialog(int limit = 300);
    QListWidgetItem *itemNamed(const QString &name) const;
    QStringList flagTitles() const;
    // Answers the next "templatesQuestion" with m_answer, noting it.
    void queueAnswer();
    bool answer(QDialog *dialog);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<TemplateStore> m_store;
    std::unique_ptr<TemplatesDialog> m_dialog;
    QStringList m_questions;
    QMessageBox::StandardButton m_answer = QMessageBox::Cancel;
};

void tst_TemplatesDialog::initTestCase()
{
    // Thousands separators are part of what is checked.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_TemplatesDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(m_dir->filePath(u"templates.sqlite"_s), &error), qPrintable(error));
    m_store = std::make_unique<TemplateStore>(*m_db);
    m_questions.clear();
    m_answer = QMessageBox::Cancel;
    SeamTesting::start();
    queueAnswer();
    m_dialog = makeDialog();
}

void tst_TemplatesDialog::cleanup()
{
    m_dialog.reset();
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

std::unique_ptr<TemplatesDialog> tst_TemplatesDialog::makeDialog(int limit)
{
    return std::make_unique<TemplatesDialog>(*m_store, limit);
}

void tst_TemplatesDialog::queueAnswer()
{
    DialogRunner::setNextHandler(u"templatesQuestion"_s,
                                 [this](QDialog *dialog) { return answer(dialog); });
}

bool tst_TemplatesDialog::answer(QDialog *dialog)
{
    queueAnswer();
    auto *box = qobject_cast<QMessageBox *>(dialog);
    if (!box)
        return false;
    m_questions << box->windowTitle() + u": "_s + box->text();
    if (QAbstractButton *button = box->button(m_answer))
        button->click();
    return box->clickedButton() != nullptr;
}

QListWidgetItem *tst_TemplatesDialog::itemNamed(const QString &name) const
{
    QListWidget *list = m_dialog->listWidget();
    for (int r = 0; r < list->count(); ++r) {
        if (list->item(r)->text().startsWith(name + u" — "_s))
            return list->item(r);
    }
    return nullptr;
}

QStringList tst_TemplatesDialog::flagTitles() const
{
    QStringList titles;
    for (int r = 0; r < m_dialog->flagList()->count(); ++r)
        titles << m_dialog->flagList()->item(r)->text();
    return titles;
}

void tst_TemplatesDialog::listShowsAllStarters()
{
    QListWidget *list = m_dialog->listWidget();
    const QList<MessageTemplate> starters = StarterTemplates::all();
    for (const MessageTemplate &s : starters) {
        QListWidgetItem *item = itemNamed(s.name);
        QVERIFY2(item, qPrintable(s.name));
        QCOMPARE(item->text(), s.name + u" — built in"_s);
        QVERIFY(item->flags() & Qt::ItemIsSelectable);
    }
    // Channel headings, not selectable, before their templates.
    QStringList headings;
    for (int r = 0; r < list->count(); ++r) {
        if (!(list->item(r)->flags() & Qt::ItemIsSelectable))
            headings << list->item(r)->text();
    }
    QCOMPARE(headings, (QStringList{u"Messages"_s, u"InMails"_s, u"Invitation notes"_s}));
    QCOMPARE(list->count(), starters.size() + headings.size());
    // The first template is shown, and nothing is unsaved.
    QVERIFY(list->currentItem());
    QVERIFY(m_dialog->currentTemplate().builtIn);
    QCOMPARE(m_dialog->nameEdit()->text(), m_dialog->currentTemplate().name);
    QVERIFY(!m_dialog->saveButton()->isEnabled());
    QVERIFY(!m_dialog->deleteButton()->isEnabled());
    QVERIFY(!m_dialog->hasUnsavedChanges());
}

void tst_TemplatesDialog::editingAStarterSavesTheUsersOwnCopy()
{
    const QString name = u"Thank a commenter"_s;
    QVERIFY(m_dialog->selectTemplate(name));
    QCOMPARE(m_dialog->nameEdit()->text(), name);
    QVERIFY(m_dialog->currentTemplate().builtIn);
    QVERIFY(!m_dialog->saveButton()->isEnabled());

    QPlainTextEdit *body = m_dialog->bodyEdit();
    body->moveCursor(QTextCursor::End);
    QTest::keyClicks(body, u" Thanks again!"_s);
    QVERIFY(m_dialog->hasUnsavedChanges());
    QVERIFY(m_dialog->isWindowModified());
    QVERIFY(m_dialog->saveButton()->isEnabled());
    QTest::mouseClick(m_dialog->saveButton(), Qt::LeftButton);

    const std::optional<MessageTemplate> saved = m_store->find(name);
    QVERIFY(saved);
    QVERIFY(!saved->builtIn);
    QVERIFY(saved->id > 0);
    QVERIFY(saved->body.endsWith(u" Thanks again!"_s));
    QVERIFY(m_dialog->errorBanner()->message().isEmpty());
    // The list marks it as the user's and it stays selected.
    QListWidgetItem *item = itemNamed(name);
    QVERIFY(item);
    QCOMPARE(item->text(), name + u" — your version"_s);
    QCOMPARE(m_dialog->listWidget()->currentItem(), item);
    QCOMPARE(m_dialog->currentTemplate().id, saved->id);
    QVERIFY(!m_dialog->hasUnsavedChanges());
    QVERIFY(!m_dialog->saveButton()->isEnabled());
    QVERIFY(m_dialog->deleteButton()->isEnabled());
    QCOMPARE(m_dialog->deleteButton()->text(), u"&Restore Starter"_s);
    // Still one entry under that name.
    int named = 0;
    for (const MessageTemplate &t : m_store->all())
        named += t.name == name ? 1 : 0;
    QCOMPARE(named, 1);
}

void tst_TemplatesDialog::ctrlEnterSaves()
{
    const QString name = u"Welcome a new connection"_s;
    m_dialog->show();
    m_dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
    QVERIFY(m_dialog->selectTemplate(name));
    QPlainTextEdit *body = m_dialog->bodyEdit();
    body->setFocus();
    body->moveCursor(QTextCursor::End);
    QTest::keyClicks(body, u" See you soon."_s);
    QVERIFY(m_dialog->hasUnsavedChanges());
    QTest::keyClick(body, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(!m_dialog->hasUnsavedChanges());
    QVERIFY(m_store->find(name)->body.endsWith(u" See you soon."_s));
}

void tst_TemplatesDialog::restoreStarterBringsTheStarterBack()
{
    const QString name = u"Invitation note"_s;
    QVERIFY(m_dialog->selectTemplate(name));
    m_dialog->bodyEdit()->setPlainText(u"Hi {first_name}, shall we connect?"_s);
    QVERIFY(m_dialog->save());
    QVERIFY(!m_store->find(name)->builtIn);

    m_answer = QMessageBox::Yes;
    QTest::mouseClick(m_dialog->deleteButton(), Qt::LeftButton);
    QCOMPARE(m_questions.size(), 1);
    QVERIFY2(m_questions.first().contains(u"built-in starter of the same name comes back"_s),
             qPrintable(m_questions.first()));
    const std::optional<MessageTemplate> back = m_store->find(name);
    QVERIFY(back);
    QVERIFY(back->builtIn);
    QCOMPARE(itemNamed(name)->text(), name + u" — built in"_s);
    QCOMPARE(m_dialog->listWidget()->currentItem(), itemNamed(name));
    QCOMPARE(m_dialog->bodyEdit()->toPlainText(), back->body);
    QVERIFY(!m_dialog->deleteButton()->isEnabled());
    QCOMPARE(m_dialog->deleteButton()->text(), u"&Delete"_s);
}

void tst_TemplatesDialog::deleteAskedAndCancelledKeepsTheTemplate()
{
    MessageTemplate mine =
        userTemplate(u"Conference follow-up"_s, u"message"_s, {}, u"Hi {first_name}"_s);
    QString error;
    QVERIFY(m_store->save(mine, &error));
    m_dialog = makeDialog();
    QVERIFY(m_dialog->selectTemplate(mine.name));
    QCOMPARE(itemNamed(mine.name)->text(), mine.name + u" — yours"_s);
    QCOMPARE(m_dialog->deleteButton()->text(), u"&Delete"_s);

    m_answer = QMessageBox::Cancel;
    m_dialog->deleteTemplate();
    QCOMPARE(m_questions.size(), 1);
    QVERIFY(m_store->find(mine.name));

    m_answer = QMessageBox::Yes;
    m_dialog->deleteTemplate();
    QVERIFY(!m_store->find(mine.name));
    QVERIFY(!itemNamed(mine.name));
    // Something else is shown, not an empty editor.
    QVERIFY(m_dialog->listWidget()->currentItem());
    QVERIFY(!m_dialog->nameEdit()->text().isEmpty());
}

void tst_TemplatesDialog::newNeedsNameAndTextBeforeSave()
{
    QTest::mouseClick(m_dialog->findChild<QPushButton *>(u"newButton"_s), Qt::LeftButton);
    QVERIFY(m_dialog->nameEdit()->text().isEmpty());
    QVERIFY(m_dialog->bodyEdit()->toPlainText().isEmpty());
    QVERIFY(!m_dialog->listWidget()->currentItem());
    QVERIFY(!m_dialog->saveButton()->isEnabled());
    QVERIFY(m_dialog->currentTemplate().id == 0 && !m_dialog->currentTemplate().builtIn);

    m_dialog->nameEdit()->setText(u"Speaker thanks"_s);
    QVERIFY(!m_dialog->saveButton()->isEnabled());
    m_dialog->nameEdit()->clear();
    m_dialog->bodyEdit()->setPlainText(u"Thank you for your talk, {first_name}."_s);
    QVERIFY(!m_dialog->saveButton()->isEnabled());
    // A starter's name is allowed, and the dialog says what saving does.
    auto *note = m_dialog->findChild<QLabel *>(u"nameNote"_s);
    m_dialog->nameEdit()->setText(u"invitation note"_s);
    QVERIFY(!note->isHidden());
    QVERIFY2(note->text().contains(u"saving puts yours in its place"_s), qPrintable(note->text()));
    m_dialog->nameEdit()->setText(u"Speaker thanks"_s);
    QVERIFY(note->isHidden());
    QVERIFY(m_dialog->saveButton()->isEnabled());

    QTest::mouseClick(m_dialog->saveButton(), Qt::LeftButton);
    const std::optional<MessageTemplate> saved = m_store->find(u"Speaker thanks"_s);
    QVERIFY(saved);
    QCOMPARE(saved->channel, u"message"_s);
    QCOMPARE(itemNamed(u"Speaker thanks"_s)->text(), u"Speaker thanks — yours"_s);
    QCOMPARE(m_dialog->listWidget()->currentItem(), itemNamed(u"Speaker thanks"_s));
    QVERIFY(m_questions.isEmpty());
}

void tst_TemplatesDialog::duplicateNameIsRefusedInTheDialog()
{
    MessageTemplate mine = userTemplate(u"Mine"_s, u"message"_s, {}, u"Hello"_s);
    QString error;
    QVERIFY(m_store->save(mine, &error));
    m_dialog = makeDialog();

    m_dialog->newTemplate();
    m_dialog->nameEdit()->setText(u"MINE"_s);
    m_dialog->bodyEdit()->setPlainText(u"Another text"_s);
    QVERIFY(m_dialog->saveButton()->isEnabled());
    QTest::mouseClick(m_dialog->saveButton(), Qt::LeftButton);
    QVERIFY2(m_dialog->errorBanner()->message().contains(u"already have a template called"_s),
             qPrintable(m_dialog->errorBanner()->message()));
    QVERIFY(!m_dialog->errorBanner()->isHidden());
    // Nothing typed is lost, and nothing was saved.
    QCOMPARE(m_dialog->nameEdit()->text(), u"MINE"_s);
    QCOMPARE(m_dialog->bodyEdit()->toPlainText(), u"Another text"_s);
    QVERIFY(m_dialog->hasUnsavedChanges());
    QCOMPARE(m_store->find(u"Mine"_s)->body, u"Hello"_s);

    // A new name saves, and the banner goes.
    m_dialog->nameEdit()->setText(u"Mine, shorter"_s);
    QVERIFY(m_dialog->save());
    QVERIFY(m_dialog->errorBanner()->message().isEmpty());
}

void tst_TemplatesDialog::aSaveTheStoreRefusesKeepsTheText()
{
    const auto readOnly = [this](bool on) {
        QSqlQuery query(m_db->connection());
        return query.exec(on ? u"PRAGMA query_only = ON"_s : u"PRAGMA query_only = OFF"_s);
    };
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    m_dialog->newTemplate();
    m_dialog->nameEdit()->setText(u"Conference follow-up"_s);
    m_dialog->bodyEdit()->setPlainText(u"Hi {first_name}, good to meet you in Lisbon."_s);
    QVERIFY(readOnly(true));
    QTest::mouseClick(m_dialog->saveButton(), Qt::LeftButton);
    const QString said = m_dialog->errorBanner()->message();
    QVERIFY2(said.contains(u"read-only"_s) && !said.contains(u"readonly"_s), qPrintable(said));
    QVERIFY(!m_dialog->errorBanner()->isHidden());
    QCOMPARE(m_dialog->nameEdit()->text(), u"Conference follow-up"_s);
    QCOMPARE(m_dialog->bodyEdit()->toPlainText(),
             u"Hi {first_name}, good to meet you in Lisbon."_s);
    QVERIFY(m_dialog->hasUnsavedChanges());

    // Close, answering Save: refused again, so the dialog stays with the text.
    m_answer = QMessageBox::Save;
    m_dialog->reject();
    QCOMPARE(m_questions.size(), 1);
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(m_dialog->bodyEdit()->toPlainText(),
             u"Hi {first_name}, good to meet you in Lisbon."_s);

    // Writable again: the same text saves and the dialog closes.
    QVERIFY(readOnly(false));
    m_dialog->reject();
    QVERIFY(!m_dialog->isVisible());
    QCOMPARE(m_store->find(u"Conference follow-up"_s)->body,
             u"Hi {first_name}, good to meet you in Lisbon."_s);
}

void tst_TemplatesDialog::duplicateStartsAnUnsavedCopy()
{
    QVERIFY(m_dialog->selectTemplate(u"InMail: first contact"_s));
    const MessageTemplate source = m_dialog->currentTemplate();
    m_dialog->duplicateTemplate();
    QCOMPARE(m_dialog->nameEdit()->text(), u"InMail: first contact (copy)"_s);
    QCOMPARE(m_dialog->channelCombo()->currentData().toString(), u"inmail"_s);
    QCOMPARE(m_dialog->subjectEdit()->text(), source.subject);
    QCOMPARE(m_dialog->bodyEdit()->toPlainText(), source.body);
    QVERIFY(m_dialog->hasUnsavedChanges());
    QVERIFY(m_dialog->saveButton()->isEnabled());
    QVERIFY(m_dialog->save());
    QVERIFY(m_store->find(u"InMail: first contact (copy)"_s));
    QVERIFY(m_store->find(u"InMail: first contact"_s)->builtIn);

    QVERIFY(m_dialog->selectTemplate(u"InMail: first contact"_s));
    m_dialog->duplicateTemplate();
    QCOMPARE(m_dialog->nameEdit()->text(), u"InMail: first contact (copy 2)"_s);
}

void tst_TemplatesDialog::insertPlaceholderAtTheCursor()
{
    m_dialog->newTemplate();
    QPlainTextEdit *body = m_dialog->bodyEdit();
    body->setPlainText(u"How is life at ?"_s);
    QTextCursor cursor = body->textCursor();
    cursor.setPosition(15);
    body->setTextCursor(cursor);

    QMenu *menu = m_dialog->placeholderButton()->menu();
    QVERIFY(menu);
    QStringList offered;
    QAction *company = nullptr;
    for (QAction *a : menu->actions()) {
        offered << a->data().toString();
        if (a->data().toString() == u"company"_s)
            company = a;
    }
    QCOMPARE(offered.mid(0, 5), (QStringList{u"first_name"_s, u"last_name"_s, u"full_name"_s,
                                             u"company"_s, u"position"_s}));
    QVERIFY(company);
    QCOMPARE(company->text(), u"Company — {company}"_s);
    company->trigger();
    QCOMPARE(body->toPlainText(), u"How is life at {company}?"_s);
    QCOMPARE(body->textCursor().position(), 24);
}

void tst_TemplatesDialog::insertPlaceholderIntoTheSubject()
{
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    QVERIFY(m_dialog->selectTemplate(u"InMail: first contact"_s));
    m_dialog->subjectEdit()->setText(u"Hello "_s);
    m_dialog->subjectEdit()->setFocus();
    QTRY_VERIFY(m_dialog->subjectEdit()->hasFocus());
    m_dialog->placeholderButton()->setFocus();
    for (QAction *a : m_dialog->placeholderButton()->menu()->actions()) {
        if (a->data().toString() == u"first_name"_s)
            a->trigger();
    }
    QCOMPARE(m_dialog->subjectEdit()->text(), u"Hello {first_name}"_s);
}

void tst_TemplatesDialog::subjectOnlyForInMailAndEmail()
{
    QVERIFY(m_dialog->selectTemplate(u"Welcome a new connection"_s));
    QVERIFY(m_dialog->subjectEdit()->isHidden());
    QVERIFY(m_dialog->selectTemplate(u"InMail: first contact"_s));
    QVERIFY(!m_dialog->subjectEdit()->isHidden());
    QVERIFY(!m_dialog->subjectEdit()->text().isEmpty());
    m_dialog->newTemplate();
    m_dialog->channelCombo()->setCurrentIndex(m_dialog->channelCombo()->findData(u"email"_s));
    QVERIFY(!m_dialog->subjectEdit()->isHidden());
    m_dialog->channelCombo()->setCurrentIndex(m_dialog->channelCombo()->findData(u"call"_s));
    QVERIFY(m_dialog->subjectEdit()->isHidden());
    QCOMPARE(flagTitles(), QStringList{u"Call notes are not checked: nobody receives them."_s});
}

void tst_TemplatesDialog::counterShowsAnInvitationOverTheLimit()
{
    // Free accounts may get fewer characters; the limit is a parameter.
    m_dialog = makeDialog(200);
    QVERIFY(m_dialog->selectTemplate(u"Invitation note"_s));
    const QString text = QString(250, u'a');
    m_dialog->bodyEdit()->setPlainText(text);
    QCOMPARE(m_dialog->bodyCounter()->text(), u"⚠ 250 / 200 — 50 over the limit"_s);
    m_dialog->bodyEdit()->setPlainText(QString(120, u'a'));
    QCOMPARE(m_dialog->bodyCounter()->text(), u"120 / 200"_s);
    // InMail bodies count against 2,000.
    m_answer = QMessageBox::Discard;
    QVERIFY(m_dialog->selectTemplate(u"InMail: first contact"_s));
    m_dialog->bodyEdit()->setPlainText(QString(2001, u'b'));
    QCOMPARE(m_dialog->bodyCounter()->text(), u"⚠ 2,001 / 2,000 — 1 over the limit"_s);
    QCOMPARE(m_questions.size(), 1);
}

void tst_TemplatesDialog::lintFlagsListedWithExplanations()
{
    m_dialog->newTemplate();
    m_dialog->bodyEdit()->setPlainText(u"Hi {first_name}, we are the #1 agency for growth."_s);
    m_dialog->updateChecks();
    QListWidget *flags = m_dialog->flagList();
    QListWidgetItem *numberOne = nullptr;
    for (int r = 0; r < flags->count(); ++r) {
        if (flags->item(r)->text() == u"Claims to be #1"_s)
            numberOne = flags->item(r);
    }
    QVERIFY2(numberOne, qPrintable(flagTitles().join(u", "_s)));
    QVERIFY(!numberOne->toolTip().isEmpty());
    // Selecting a flag explains it in words (not only on hover) and marks it.
    flags->setCurrentItem(numberOne);
    QLabel *detail = m_dialog->findChild<QLabel *>(u"flagDetail"_s);
    QCOMPARE(detail->text(), numberOne->toolTip());
    QCOMPARE(m_dialog->bodyEdit()->textCursor().selectedText(), u"#1"_s);

    // No recipient is given, so placeholders alone are not "nothing personal".
    m_dialog->bodyEdit()->setPlainText(u"Hi {first_name}, how was the conference?"_s);
    m_dialog->updateChecks();
    QCOMPARE(flagTitles(), QStringList{u"Nothing to point out."_s});
    m_answer = QMessageBox::Discard;
}

void tst_TemplatesDialog::closeWithUnsavedChangesAsks()
{
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    // Nothing changed: closes without a question.
    m_dialog->reject();
    QVERIFY(!m_dialog->isVisible());
    QVERIFY(m_questions.isEmpty());

    m_dialog->show();
    QVERIFY(m_dialog->selectTemplate(u"15-minute call"_s));
    m_dialog->bodyEdit()->appendPlainText(u"P.S. Coffee is on me."_s);
    m_answer = QMessageBox::Cancel;
    QTest::mouseClick(m_dialog->findChild<QPushButton *>(u"closeButton"_s), Qt::LeftButton);
    QCOMPARE(m_questions.size(), 1);
    QVERIFY(m_questions.first().contains(u"“15-minute call” has changes"_s));
    QVERIFY(m_dialog->isVisible());
    QVERIFY(m_dialog->bodyEdit()->toPlainText().endsWith(u"Coffee is on me."_s));

    // Escape asks too; Save saves and closes.
    m_answer = QMessageBox::Save;
    QTest::keyClick(m_dialog.get(), Qt::Key_Escape);
    QCOMPARE(m_questions.size(), 2);
    QVERIFY(!m_dialog->isVisible());
    QVERIFY(m_store->find(u"15-minute call"_s)->body.endsWith(u"Coffee is on me."_s));

    // Discard closes without saving.
    m_dialog->show();
    m_dialog->bodyEdit()->setPlainText(u"Something else"_s);
    m_answer = QMessageBox::Discard;
    m_dialog->reject();
    QCOMPARE(m_questions.size(), 3);
    QVERIFY(!m_dialog->isVisible());
    QVERIFY(m_store->find(u"15-minute call"_s)->body.endsWith(u"Coffee is on me."_s));

    // A save the store refuses keeps the dialog open with the reason.
    m_dialog->show();
    m_dialog->newTemplate();
    m_dialog->bodyEdit()->setPlainText(u"Nameless"_s);
    m_answer = QMessageBox::Save;
    m_dialog->reject();
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(m_dialog->errorBanner()->message(), u"The template needs a name."_s);
    QCOMPARE(m_dialog->bodyEdit()->toPlainText(), u"Nameless"_s);
    m_answer = QMessageBox::Discard;
}

void tst_TemplatesDialog::switchingTemplatesAsksAndKeepsTextOnCancel()
{
    QVERIFY(m_dialog->selectTemplate(u"Thank a commenter"_s));
    QListWidgetItem *shown = m_dialog->listWidget()->currentItem();
    m_dialog->bodyEdit()->setPlainText(u"My own words"_s);

    m_answer = QMessageBox::Cancel;
    m_dialog->listWidget()->setCurrentItem(itemNamed(u"Invitation note"_s));
    QTRY_COMPARE(m_questions.size(), 1);
    QCOMPARE(m_dialog->listWidget()->currentItem(), shown);
    QCOMPARE(m_dialog->bodyEdit()->toPlainText(), u"My own words"_s);
    QCOMPARE(m_dialog->nameEdit()->text(), u"Thank a commenter"_s);
    QVERIFY(!m_dialog->selectTemplate(u"Invitation note"_s));
    QCOMPARE(m_questions.size(), 2);
    QCOMPARE(m_dialog->bodyEdit()->toPlainText(), u"My own words"_s);

    // New asks as well.
    m_dialog->newTemplate();
    QCOMPARE(m_questions.size(), 3);
    QCOMPARE(m_dialog->bodyEdit()->toPlainText(), u"My own words"_s);

    m_answer = QMessageBox::Discard;
    m_dialog->listWidget()->setCurrentItem(itemNamed(u"Invitation note"_s));
    QTRY_COMPARE(m_dialog->nameEdit()->text(), u"Invitation note"_s);
    QCOMPARE(m_questions.size(), 4);
    QCOMPARE(m_dialog->listWidget()->currentItem(), itemNamed(u"Invitation note"_s));
    QVERIFY(m_store->find(u"Thank a commenter"_s)->builtIn);
}

void tst_TemplatesDialog::switchingTemplatesSaveThenGoOn()
{
    QVERIFY(m_dialog->selectTemplate(u"Thank a commenter"_s));
    m_dialog->bodyEdit()->setPlainText(u"My own words for {first_name}"_s);
    m_answer = QMessageBox::Save;
    m_dialog->listWidget()->setCurrentItem(itemNamed(u"Invitation note"_s));
    QTRY_COMPARE(m_dialog->nameEdit()->text(), u"Invitation note"_s);
    QCOMPARE(m_dialog->listWidget()->currentItem(), itemNamed(u"Invitation note"_s));
    QCOMPARE(m_store->find(u"Thank a commenter"_s)->body, u"My own words for {first_name}"_s);
    QCOMPARE(itemNamed(u"Thank a commenter"_s)->text(), u"Thank a commenter — your version"_s);
}

void tst_TemplatesDialog::keyboardSkipsChannelHeadings()
{
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    QListWidget *list = m_dialog->listWidget();
    // The last message template, then Down: the InMail, not the heading.
    int lastMessage = -1;
    for (int r = 0; r < list->count(); ++r) {
        if (list->item(r)->text() == u"InMails"_s)
            break;
        lastMessage = r;
    }
    list->setCurrentRow(lastMessage);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(m_dialog->nameEdit()->text(), u"InMail: first contact"_s);
    QTest::keyClick(list, Qt::Key_Up);
    QCOMPARE(list->currentRow(), lastMessage);
}

void tst_TemplatesDialog::saveAsTemplateAsksForAName()
{
    QStringList prompts;
    QStringList answers{u"Thank a commenter"_s, u"Thank a commenter"_s};
    const QString name = u"templateNameDialog"_s;
    std::function<bool(QDialog *)> asker = [&](QDialog *dialog) {
        DialogRunner::setNextHandler(name, asker);
        auto *input = qobject_cast<QInputDialog *>(dialog);
        if (!input)
            return false;
        prompts << input->labelText();
        if (answers.isEmpty())
            return false;
        input->setTextValue(answers.takeFirst());
        return true;
    };
    DialogRunner::setNextHandler(name, asker);
    // A starter's name: asked again, and taken when given twice.
    std::optional<MessageTemplate> saved = TemplatesDialog::saveAsTemplate(
        nullptr, *m_store, u"message"_s, u"ignored"_s, u"Thanks, {first_name}!"_s);
    QVERIFY(saved);
    QCOMPARE(prompts.size(), 2);
    QVERIFY2(prompts.at(1).contains(u"is a built-in starter"_s), qPrintable(prompts.at(1)));
    QVERIFY(!m_store->find(u"Thank a commenter"_s)->builtIn);
    QCOMPARE(m_store->find(u"Thank a commenter"_s)->subject, QString());

    // A name the user already has: the store's reason, then cancelled.
    prompts.clear();
    answers = {u"thank a commenter"_s};
    saved =
        TemplatesDialog::saveAsTemplate(nullptr, *m_store, u"inmail"_s, u"Subject"_s, u"Body"_s);
    QVERIFY(!saved);
    QCOMPARE(prompts.size(), 2);
    QVERIFY2(prompts.at(1).contains(u"already have a template"_s), qPrintable(prompts.at(1)));

    // A fresh name saves at once, subject kept for an InMail.
    prompts.clear();
    answers = {u"  Product managers  "_s};
    saved = TemplatesDialog::saveAsTemplate(nullptr, *m_store, u"inmail"_s, u"A question"_s,
                                            u"Hi {first_name}"_s);
    QVERIFY(saved);
    QCOMPARE(prompts.size(), 1);
    QCOMPARE(saved->name, u"Product managers"_s);
    QCOMPARE(m_store->find(u"Product managers"_s)->subject, u"A question"_s);
    DialogRunner::clear(); // the queued asker refers to this function's locals
}

void tst_TemplatesDialog::screenshot()
{
    const QString dir = qEnvironmentVariable("RAPPORT_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("Set RAPPORT_SCREENSHOT_DIR to save a picture of the dialog");
    MessageTemplate mine =
        userTemplate(u"Thank a commenter"_s, u"message"_s, {},
                     u"Hi {first_name},\n\nThank you for your comment on "
                     "“{content_title}”. We are the #1 agency for this, and I'd love to "
                     "jump on a quick call.\n\n{my_name}"_s);
    QString error;
    QVERIFY(m_store->save(mine, &error));
    MessageTemplate own = userTemplate(u"Speaker thanks"_s, u"email"_s, u"Your talk at {company}"_s,
                                       u"Thank you for your talk."_s);
    QVERIFY(m_store->save(own, &error));
    m_dialog = makeDialog();
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    QVERIFY(m_dialog->selectTemplate(u"Thank a commenter"_s));
    m_dialog->bodyEdit()->appendPlainText(u"P.S."_s);
    m_dialog->updateChecks();
    QTest::qWait(50);
    QVERIFY(m_dialog->grab().save(QDir(dir).filePath(u"templates-dialog.png"_s)));

    m_answer = QMessageBox::Discard;
    QVERIFY(m_dialog->selectTemplate(u"InMail: first contact"_s));
    m_dialog->nameEdit()->setText(u"Invitation note"_s);
    QTest::qWait(50);
    QVERIFY(m_dialog->grab().save(QDir(dir).filePath(u"templates-dialog-inmail.png"_s)));
    m_dialog->newTemplate();
    QTest::qWait(50);
    QVERIFY(m_dialog->grab().save(QDir(dir).filePath(u"templates-dialog-new.png"_s)));
}

QTEST_MAIN(tst_TemplatesDialog)
#include "tst_templatesdialog.moc"
