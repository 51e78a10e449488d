#include "importexport/ChangesDialog.h"

#include "common/EmptyStateView.h"
#include "session/ChangeWatcher.h"
#include "session/Session.h"
#include "store/ExportChangeStore.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

constexpr int ContactIdRole = Qt::UserRole + 1;

} // namespace

ChangesDialog::ChangesDialog(Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(u"changesDialog"_s);
    setWindowTitle(tr("Changes Since the Last Export"));
    setModal(false);
    auto *layout = new QVBoxLayout(this);
    m_headline = new QLabel(this);
    m_headline->setObjectName(u"changesHeadline"_s);
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::PlainText);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_headline);

    m_stack = new QStackedWidget(this);
    m_tree = new QTreeWidget(m_stack);
    m_tree->setObjectName(u"changesTree"_s);
    m_tree->setAccessibleName(tr("Changes since the last export"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Contact"), tr("What changed")});
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    connect(m_tree, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item, int) { activate(item); });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &ChangesDialog::updateButtons);
    m_stack->addWidget(m_tree);
    m_empty = new EmptyStateView(u":/icons/contacts.svg"_s, u"changes"_s, m_stack);
    m_empty->setActions({u"importLinkedInAction"_s});
    m_stack->addWidget(m_empty);
    layout->addWidget(m_stack, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_openButton = buttons->addButton(tr("&Open Contact"), QDialogButtonBox::ActionRole);
    m_openButton->setObjectName(u"changesOpenButton"_s);
    connect(m_openButton, &QPushButton::clicked, this, [this] { activate(m_tree->currentItem()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(720, 480);

    // An import, its undo, or the CLI writing: the view follows.
    m_watcher =
        new ChangeWatcher(this, Changes(Change::Contacts) | Change::Outreach | Change::External,
                          [this](Changes, const QList<qint64> &) { reload(); });
    m_watcher->setSession(session && session->isOpen() ? session : nullptr);
    reload();
}

void ChangesDialog::reload()
{
    QString error;
    Database *db = m_session && m_session->isOpen() ? m_session->database() : nullptr;
    m_changes = db ? ExportChangeStore(*db).latest(&error) : ExportChanges();
    m_headline->setText(error.isEmpty() ? m_changes.headline() : error);
    m_tree->clear();
    QFont groupFont = m_tree->font();
    groupFont.setBold(true);
    for (ExportChange::Kind kind : ExportChanges::kinds()) {
        const QList<ExportChange> group = m_changes.of(kind);
        if (group.isEmpty())
            continue;
        auto *top = new QTreeWidgetItem(m_tree);
        top->setText(0, tr("%1 (%2)").arg(ExportChanges::groupTitle(kind)).arg(group.size()));
        top->setFont(0, groupFont);
        top->setFirstColumnSpanned(true);
        top->setFlags(Qt::ItemIsEnabled);
        for (const ExportChange &c : group) {
            auto *row = new QTreeWidgetItem(top);
            row->setText(0, c.name);
            row->setText(1, ExportChanges::detail(c, true));
            row->setToolTip(1, ExportChanges::detail(c, true));
            row->setData(0, ContactIdRole, c.contactId);
        }
        top->setExpanded(true);
    }
    const bool any = m_tree->topLevelItemCount() > 0;
    if (!any) {
        const bool compared = m_changes.state == ExportChanges::State::Compared;
        m_empty->setState(compared ? tr("Nothing changed") : tr("Nothing to compare yet"),
                          compared ? tr("Import your next LinkedIn data export in a few weeks to "
                                        "see who connected, who left and who changed jobs.")
                                   : tr("Each LinkedIn data export you import is compared with "
                                        "the one before: new connections, people no longer "
                                        "connected, job changes, invitations accepted and new "
                                        "messages show here."));
    }
    m_stack->setCurrentIndex(any ? 0 : 1);
    if (any && m_tree->topLevelItem(0)->childCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0)->child(0));
    updateButtons();
}

QStringList ChangesDialog::groupTitles() const
{
    QStringList titles;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        titles << m_tree->topLevelItem(i)->text(0);
    return titles;
}

void ChangesDialog::activate(QTreeWidgetItem *item)
{
    const qint64 id = item ? item->data(0, ContactIdRole).toLongLong() : 0;
    if (id > 0)
        emit contactActivated(id);
}

void ChangesDialog::updateButtons()
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    m_openButton->setEnabled(m_stack->currentIndex() == 0 && item &&
                             item->data(0, ContactIdRole).toLongLong() > 0);
}

} // namespace rapport
