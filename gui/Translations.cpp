#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace antler::gui {

QList<QTranslator *> Translations::install(const QLocale &locale)
{
    struct Catalog
    {
        const char *name;
        QString directory;
    };
    const Catalog catalogs[] = {
        {"antler", QStringLiteral(":/i18n")},
        {"qtbase", QLibraryInfo::path(QLibraryInfo::TranslationsPath)},
    };
    QList<QTranslator *> installed;
    // English plural forms first: the source strings say "%n stage(s)".
    // Translators installed later are asked first, so the language's own
    // catalog wins wherever it has the string.
    auto *plurals = new QTranslator(QCoreApplication::instance());
    if (plurals->load(QStringLiteral(":/i18n/antler_en.qm")) && QCoreApplication::installTranslator(plurals))
        installed.append(plurals);
    else
        delete plurals;
    for (const Catalog &catalog : catalogs) {
        auto *translator = new QTranslator(QCoreApplication::instance());
        if (translator->load(locale, QLatin1String(catalog.name), QStringLiteral("_"), catalog.directory)
            && QCoreApplication::installTranslator(translator)) {
            installed.append(translator);
        } else {
            delete translator;
        }
    }
    return installed;
}

void Translations::remove(const QList<QTranslator *> &translators)
{
    for (QTranslator *translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

} // namespace antler::gui
