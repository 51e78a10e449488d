// TemplateValues: every placeholder the renderer knows has a value from the
// contact, the piece they last engaged with, and the user's own name.

#include "EveryPlaceholder.h"
#include "outreach/TemplateRenderer.h"
#include "outreach/TemplateValues.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rapport;

class tst_TemplateValues : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;

    qint64 addPiece(const QString &title)
    {
        ContentPiece piece;
        piece.title = title;
        piece.publishedOn = QDate::currentDate().addDays(-60);
        QString error;
        if (!ContentStore(*m_db).add(piece, &error))
            qWarning("%s", qPrintable(error));
        return piece.id;
    }
    void engage(qint64 contactId, qint64 pieceId, int daysAgo)
    {
        Engagement e;
        e.contactId = contactId;
        e.kind = EngagementKind::Comment;
        e.contentId = pieceId;
        e.date = QDate::currentDate().addDays(-daysAgo);
        QString error;
        QVERIFY2(EngagementStore(*m_db).log(e, &error), qPrintable(error));
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<Database>();
        QString error;
        QVERIFY2(m_db->open(m_dir->filePath(u"v.sqlite"_s), &error), qPrintable(error));
    }
    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void everyPlaceholderHasAValue()
    {
        qint64 id = 0;
        QString error;
        QVERIFY2(EveryPlaceholder::write(*m_db, &id, &error), qPrintable(error));
        const std::optional<Contact> contact = ContactStore(*m_db).get(id);
        QVERIFY(contact);
        const QHash<QString, QString> values = TemplateValues::forContact(*m_db, *contact);
        const QStringList names = TemplateRenderer::placeholders();
        QCOMPARE(QSet<QString>(values.keyBegin(), values.keyEnd()),
                 QSet<QString>(names.cbegin(), names.cend()));
        for (const QString &name : names)
            QVERIFY2(!values.value(name).isEmpty(), qPrintable(name));
        QCOMPARE(values.value(u"first_name"_s), u"Mary-Jane"_s);
        QCOMPARE(values.value(u"last_name"_s), u"van der Berg"_s);
        QCOMPARE(values.value(u"full_name"_s), u"Mary-Jane van der Berg"_s);
        QCOMPARE(values.value(u"position"_s), u"Head of Data"_s);
        QCOMPARE(values.value(u"location"_s), u"Utrecht"_s);
        QCOMPARE(values.value(u"industry"_s), u"Logistics"_s);
        QCOMPARE(values.value(u"company"_s), u"Northwind Labs"_s);
        QCOMPARE(values.value(u"content_title"_s), u"Shipping on Fridays"_s);
        QCOMPARE(values.value(u"my_name"_s), u"Sam Rivera"_s);
    }

    void unknownValuesAreEmpty()
    {
        Contact c;
        c.firstName = u"Bo"_s;
        QString error;
        QVERIFY2(ContactStore(*m_db).add(c, &error), qPrintable(error));
        const QHash<QString, QString> values = TemplateValues::forContact(*m_db, c);
        QCOMPARE(values.size(), TemplateRenderer::placeholders().size());
        QCOMPARE(values.value(u"first_name"_s), u"Bo"_s);
        QCOMPARE(values.value(u"full_name"_s), u"Bo"_s);
        for (const QString &name : {u"last_name"_s, u"company"_s, u"content_title"_s, u"my_name"_s})
            QVERIFY2(values.contains(name) && values.value(name).isEmpty(), qPrintable(name));
        // So the renderer reports them missing, as the window and CLI say.
        const TemplateRenderer::Rendered r =
            TemplateRenderer::render(u"Hi {first_name}, on {content_title}. {my_name}"_s, values);
        QCOMPARE(r.missing, (QStringList{u"content_title"_s, u"my_name"_s}));
    }

    void lastEngagedPieceIsByDayThenEntry()
    {
        Contact c;
        c.firstName = u"Cy"_s;
        QString error;
        QVERIFY2(ContactStore(*m_db).add(c, &error), qPrintable(error));
        const qint64 recent = addPiece(u"Recent piece"_s);
        const qint64 older = addPiece(u"Older piece"_s);
        const qint64 sameDay = addPiece(u"Entered later the same day"_s);
        engage(c.id, recent, 3);
        // Entered later but about an earlier day: not the last engaged with.
        engage(c.id, older, 9);
        QCOMPARE(TemplateValues::forContact(*m_db, c).value(u"content_title"_s), u"Recent piece"_s);
        engage(c.id, sameDay, 3);
        QCOMPARE(TemplateValues::forContact(*m_db, c).value(u"content_title"_s),
                 u"Entered later the same day"_s);
        // Many later events on no piece do not hide it (the window used to
        // look at the last 50 timeline entries only).
        for (int i = 0; i < 60; ++i) {
            Engagement view;
            view.contactId = c.id;
            view.kind = EngagementKind::ProfileView;
            view.date = QDate::currentDate().addDays(-(i % 3));
            QVERIFY2(EngagementStore(*m_db).log(view, &error), qPrintable(error));
        }
        QCOMPARE(TemplateValues::forContact(*m_db, c).value(u"content_title"_s),
                 u"Entered later the same day"_s);
        // Someone else's engagement is not theirs.
        Contact d;
        d.firstName = u"Di"_s;
        QVERIFY2(ContactStore(*m_db).add(d, &error), qPrintable(error));
        QVERIFY(TemplateValues::forContact(*m_db, d).value(u"content_title"_s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_TemplateValues)
#include "tst_templatevalues.moc"
