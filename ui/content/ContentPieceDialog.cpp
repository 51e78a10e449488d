#include "content/ContentPieceDialog.h"

#include "common/DateField.h"
#include "common/ErrorBanner.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

bool isWebAddress(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    return url.isValid() && (url.scheme() == u"http"_s || url.scheme() == u"https"_s) &&
           !url.host().isEmpty();
}

} // namespace

ContentPieceDialog::ContentPieceDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"contentPieceDialog"_s);
    setWindowTitle(tr("Add Post or Article"));
    setAccessibleName(tr("Add post or article"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(createForm());
    m_error = new ErrorBanner(this);
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(u"okButton"_s);
    m_ok->setText(tr("&Add"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ContentPieceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ContentPieceDialog::reject);

    connect(m_title, &QLineEdit::textChanged, this, &ContentPieceDialog::updateState);
    connect(m_url, &QLineEdit::textChanged, this, &ContentPieceDialog::updateState);
    connect(m_published, &QLineEdit::textChanged, this, &ContentPieceDialog::updateState);

    setMinimumWidth(fontMetrics().averageCharWidth() * 80);
    updateState();
}

QFormLayout *ContentPieceDialog::createForm()
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"kindCombo"_s);
    m_kind->addItem(tr("Post"), int(ContentKind::Post));
    m_kind->addItem(tr("Article"), int(ContentKind::Article));
    m_kind->setAccessibleName(tr("Kind"));
    auto *kindLabel = new QLabel(tr("&Kind:"), this);
    kindLabel->setBuddy(m_kind);
    form->addRow(kindLabel, m_kind);

    m_title = new QLineEdit(this);
    m_title->setObjectName(u"titleEdit"_s);
    m_title->setPlaceholderText(tr("Required"));
    m_title->setAccessibleName(tr("Title"));
    auto *titleLabel = new QLabel(tr("&Title:"), this);
    titleLabel->setBuddy(m_title);
    form->addRow(titleLabel, m_title);

    m_url = new QLineEdit(this);
    m_url->setObjectName(u"urlEdit"_s);
    m_url->setPlaceholderText(u"https://www.linkedin.com/…"_s);
    m_url->setAccessibleName(tr("Web address"));
    auto *urlLabel = new QLabel(tr("&Web address:"), this);
    urlLabel->setBuddy(m_url);
    form->addRow(urlLabel, m_url);

    m_published = new DateField(this);
    m_published->setObjectName(u"publishedEdit"_s);
    m_published->setDate(QDate::currentDate());
    m_published->setAccessibleName(tr("Published on"));
    auto *publishedLabel = new QLabel(tr("&Published on:"), this);
    publishedLabel->setBuddy(m_published);
    form->addRow(publishedLabel, m_published);

    // Why OK is disabled, in words rather than by a colour alone.
    m_hint = new QLabel(this);
    m_hint->setObjectName(u"hintLabel"_s);
    m_hint->setWordWrap(true);
    form->addRow(QString(), m_hint);
    return form;
}

void ContentPieceDialog::setPiece(const ContentPiece &piece)
{
    m_piece = piece;
    m_kind->setCurrentIndex(m_kind->findData(int(piece.kind)));
    m_title->setText(piece.title);
    m_url->setText(piece.url);
    m_published->setDate(piece.publishedOn.isValid() ? piece.publishedOn : QDate::currentDate());
    if (piece.id > 0) {
        setWindowTitle(tr("Edit Post or Article"));
        setAccessibleName(tr("Edit post or article"));
        m_ok->setText(tr("&Save"));
    }
    updateState();
}

ContentPiece ContentPieceDialog::piece() const
{
    ContentPiece p = m_piece;
    p.kind = ContentKind(m_kind->currentData().toInt());
    p.title = m_title->text().trimmed();
    p.url = m_url->text().trimmed();
    p.publishedOn = m_published->date();
    return p;
}

QString ContentPieceDialog::problem() const
{
    if (m_title->text().trimmed().isEmpty())
        return tr("Enter the title; every post and article needs one.");
    if (const QString url = urlProblem(); !url.isEmpty())
        return url;
    if (const QString date = m_published->problem(); !date.isEmpty())
        return tr("Published on: %1").arg(date);
    return {};
}

QString ContentPieceDialog::urlProblem() const
{
    const QString url = m_url->text().trimmed();
    if (!url.isEmpty() && !isWebAddress(url))
        return tr("The web address must start with https:// or http://; leave it empty if you "
                  "have none.");
    return {};
}

QString ContentPieceDialog::errorText() const
{
    return m_error->message();
}

void ContentPieceDialog::updateState()
{
    const QString text = problem();
    m_ok->setEnabled(text.isEmpty());
    // An empty title says "Required" in the field itself; a wrong address
    // needs words.
    m_hint->setText(m_title->text().trimmed().isEmpty() ? urlProblem() : text);
    m_hint->setVisible(!m_hint->text().isEmpty());
    // A message from the store was about what was there before this edit.
    m_error->clear();
}

void ContentPieceDialog::showError(const QString &text)
{
    m_error->showMessage(text);
}

void ContentPieceDialog::accept()
{
    if (!problem().isEmpty())
        return;
    if (m_save) {
        QString error;
        if (!m_save(piece(), &error)) {
            showError(error.isEmpty() ? tr("The post or article could not be saved.") : error);
            return;
        }
    }
    QDialog::accept();
}

} // namespace rapport
