#include "contacts/ContactStatePages.h"

#include "common/EmptyStateView.h"
#include "common/TierStyle.h"
#include "contacts/ContactTableModel.h"

#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

QLabel *centredMessage(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setMargin(24);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ContactStatePages::ContactStatePages(QStackedWidget *stack, QObject *parent)
    : QObject(parent)
{
    m_emptyState = createEmptyState(stack);
    stack->addWidget(m_emptyState);
    // A search or filter that hides everyone: said, with one way back.
    m_noMatch = new EmptyStateView(u":/icons/contacts.svg"_s, u"contactsNoMatch"_s, stack);
    m_noMatch->text()->setObjectName(u"noMatchLabel"_s);
    connect(m_noMatch->addClearFiltersButton(), &QPushButton::clicked, this,
            &ContactStatePages::clearFiltersRequested);
    stack->addWidget(m_noMatch);
    m_noDatabaseLabel = centredMessage(u"noDatabaseLabel"_s, stack);
    m_noDatabaseLabel->setText(tr("No database is open. Choose File \u25b8 New Database to "
                                  "start one, or File \u25b8 Open Database to use an existing "
                                  "one."));
    stack->addWidget(m_noDatabaseLabel);
}

QWidget *ContactStatePages::createEmptyState(QStackedWidget *stack)
{
    // A new user's first page: what will be here and the two ways to fill
    // it, as buttons that do what the menus do.
    auto *page = new EmptyStateView(u":/icons/contacts.svg"_s, u"contacts"_s, stack);
    page->setObjectName(u"emptyState"_s);
    page->text()->setObjectName(u"emptyStateText"_s);
    page->setState(tr("No contacts yet"),
                   tr("Your LinkedIn connections appear here with their engagement tier and "
                      "score. Import the export LinkedIn sends you (Settings & Privacy \u25b8 Data "
                      "privacy \u25b8 Get a copy of your data), or add a contact by hand."));
    page->setActions({u"importLinkedInAction"_s, u"addContactAction"_s});
    page->setAccessibleName(page->heading()->text() + u" — "_s + page->text()->text());
    return page;
}

QWidget *ContactStatePages::pageFor(const ContactTableModel *model, int total) const
{
    if (!model)
        return m_noDatabaseLabel;
    if (total == 0)
        return m_emptyState;
    if (model->rowCount() > 0)
        return nullptr;
    const QString search = model->query().search;
    const int rank = model->query().tierRank;
    const QString tier = rank > 0 ? TierStyle::pluralLabel(rank) : QString();
    const QString capture = QKeySequence(Qt::CTRL | Qt::Key_L).toString(QKeySequence::NativeText);
    QString heading = tr("No contacts match");
    QString text;
    if (!search.isEmpty() && rank > 0)
        text = tr("No contacts match \u201c%1\u201d among %2 (the tier filter). Clear "
                  "the filters to see everyone.")
                   .arg(search, tier);
    else if (!search.isEmpty())
        text = tr("No contacts match \u201c%1\u201d. Check the spelling, or clear the "
                  "search to see everyone.")
                   .arg(search);
    else if (model->query().review.isActive())
        text = tr("No connections in this list. Clear the filters to see everyone.");
    else {
        heading = tr("No %1").arg(tier.toLower());
        text = tr("No %1 within the recency window (the tier filter). Log who engaged with "
                  "Contact \u25b8 Quick Capture (%2), or clear the filters to see "
                  "everyone.")
                   .arg(tier.toLower(), capture);
    }
    m_noMatch->setState(heading, text);
    return m_noMatch;
}

QString ContactStatePages::countText(const ContactTableModel *model, int total)
{
    const int shown = model ? model->rowCount() : 0;
    const QString search = model ? model->query().search : QString();
    const QLocale locale;
    const bool filtered = model && model->query().hasFilter();
    if (search.isEmpty() && !filtered)
        return total == 1 ? tr("1 contact") : tr("%1 contacts").arg(locale.toString(total));
    QString matches;
    if (search.isEmpty())
        matches = tr("%1 of %2 contacts").arg(locale.toString(shown), locale.toString(total));
    else if (model && !model->isCountExact())
        matches =
            tr("Over %1 of %2 contacts match").arg(locale.toString(shown), locale.toString(total));
    else if (total == 1)
        matches = tr("%1 of 1 contact matches").arg(locale.toString(shown));
    else
        matches = tr("%1 of %2 contacts match").arg(locale.toString(shown), locale.toString(total));
    // Say why the list follows no column: a click on one sorts it.
    if (model && model->isNewestFirst() && shown > 1)
        matches = tr("%1, newest first").arg(matches);
    return matches;
}

} // namespace rapport
