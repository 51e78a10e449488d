#pragma once

// Asks what to export: the contacts the table shows now (its search and
// order) or everyone with a tag; CSV with chosen columns (and a BOM for
// Excel) or vCard for address books; and where to save it.

#include "importexport/ExportRequest.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QRadioButton;

namespace rapport {

class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    // `viewQuery` is what the contacts table shows; `shownCount` its rows.
    ExportDialog(const ContactQuery &viewQuery, int shownCount, const QStringList &tags,
                 const QString &folder, QWidget *parent = nullptr);

    ExportRequest request() const;

    void accept() override;

private:
    // The dialog's parts, top to bottom (in tab order).
    QGroupBox *createFormatGroup();
    QGroupBox *createScopeGroup(const ContactQuery &viewQuery, int shownCount,
                                const QStringList &tags);
    QGroupBox *createColumnsGroup();
    QHBoxLayout *createFileRow();
    QDialogButtonBox *createButtons();
    void updateState();
    void browse();
    QString suggestedName() const;

    ContactQuery m_viewQuery;
    QRadioButton *m_csv = nullptr;
    QRadioButton *m_vcard = nullptr;
    QRadioButton *m_viewScope = nullptr;
    QRadioButton *m_tagScope = nullptr;
    QComboBox *m_tag = nullptr;
    QListWidget *m_columns = nullptr;
    QCheckBox *m_bom = nullptr;
    QLineEdit *m_path = nullptr;
    QLabel *m_message = nullptr;
    QString m_folder;
};

} // namespace rapport
