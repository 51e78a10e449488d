#include "contacts/ContactSidePanel.h"

#include "contacts/ContactDetailPanel.h"
#include "session/ChangeWatcher.h"
#include "session/Session.h"
#include "store/ContactStore.h"

#include <QAbstractButton>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

// The panel's fixed width bounds, in average characters: wide enough for
// the form, narrow enough to leave the list most of a 1280-pixel window.
constexpr int MinimumChars = 40;
constexpr int DefaultChars = 48;

// `text` without its mnemonic marker ("&First" → "First"; "&&" stays "&&").
QString withoutMnemonic(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&' && i + 1 < text.size()) {
            if (text.at(i + 1) == u'&')
                out += u"&&"_s;
            else
                out += text.at(i + 1);
            ++i;
            continue;
        }
        out += text.at(i);
    }
    return out;
}

} // namespace

ContactSidePanel::ContactSidePanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"contactSidePanel"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_panel = new ContactDetailPanel(this);
    m_panel->setReadOnly(true);
    // Its parts are named apart from the Contacts page's ("sideTierLabel"),
    // so a search of the window by name finds the editable panel's.
    QList<QObject *> parts = m_panel->findChildren<QObject *>();
    parts << m_panel;
    for (QObject *part : std::as_const(parts)) {
        QString name = part->objectName();
        if (!name.isEmpty() && !name.startsWith(u"qt_"_s)) {
            name[0] = name.at(0).toUpper();
            part->setObjectName(u"side"_s + name);
        }
    }
    // Read only beside Today's and Outreach's lists: its labels take no
    // Alt+letter, which belong to those pages' buttons (Done, Reopen…).
    for (QLabel *label : m_panel->findChildren<QLabel *>()) {
        if (label->buddy())
            label->setText(withoutMnemonic(label->text()));
    }
    for (QAbstractButton *button : m_panel->findChildren<QAbstractButton *>())
        button->setText(withoutMnemonic(button->text()));
    layout->addWidget(m_panel, 1);

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(12, 0, 8, 8);
    buttons->addStretch(1);
    m_openButton = new QPushButton(tr("Open in Contacts"), this);
    m_openButton->setObjectName(u"openInContactsButton"_s);
    m_openButton->setToolTip(tr("Select this person on the Contacts page, to edit them there"));
    connect(m_openButton, &QPushButton::clicked, this, [this] {
        if (m_contactId > 0)
            emit openRequested(m_contactId);
    });
    buttons->addWidget(m_openButton);
    layout->addLayout(buttons);

    // The width is the splitter's to give, never the contents': a long name
    // or note does not push the list aside.
    setMinimumWidth(fontMetrics().averageCharWidth() * MinimumChars);
    showContact(0);
}

void ContactSidePanel::setSession(Session *session)
{
    const bool open = session && session->isOpen();
    if (!m_watcher) {
        m_watcher = new ChangeWatcher(
            this, Changes(Change::Contacts) | Change::Engagement | Change::Outreach,
            [this](Changes, const QList<qint64> &) { showContact(m_contactId); });
    }
    m_watcher->setSession(open ? session : nullptr);
    setStores(open ? session->contacts() : nullptr, open ? session->timeline() : nullptr,
              open ? session->scores() : nullptr);
}

void ContactSidePanel::setStores(ContactStore *contacts, TimelineStore *timeline,
                                 ScoreStore *scores)
{
    m_contacts = contacts;
    m_contactId = 0;
    m_panel->setContact(std::nullopt);
    m_panel->setTimelineStore(timeline);
    m_panel->setScoreStore(scores);
    m_panel->setExportDatabase(contacts ? &contacts->database() : nullptr);
    showContact(0);
}

void ContactSidePanel::showContact(qint64 contactId)
{
    const std::optional<Contact> contact =
        m_contacts && contactId > 0 ? m_contacts->get(contactId) : std::nullopt;
    const qint64 before = m_contactId;
    m_contactId = contact ? contact->id : 0;
    m_panel->setContact(contact);
    m_openButton->setEnabled(m_contactId > 0);
    if (m_contactId != before)
        emit contactChanged(m_contactId);
}

QSplitter *ContactSidePanel::besides(QWidget *main, ContactSidePanel *panel,
                                     const QString &objectName, QWidget *parent)
{
    auto *splitter = new QSplitter(Qt::Horizontal, parent);
    splitter->setObjectName(objectName);
    splitter->addWidget(main);
    splitter->addWidget(panel);
    splitter->setCollapsible(0, false);
    splitter->setCollapsible(1, true);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    const int chars = panel->fontMetrics().averageCharWidth();
    splitter->setSizes({chars * 100, chars * DefaultChars});
    return splitter;
}

} // namespace rapport
