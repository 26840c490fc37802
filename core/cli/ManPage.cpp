#include "cli/ManPage.h"

#include "cli/CommandArguments.h"
#include "cli/HelpText.h"

namespace antler::cli {

namespace {

QString bold(const QString &text)
{
    return QLatin1String("\\fB") + ManPage::escape(text) + QLatin1String("\\fR");
}

QString italic(const QString &text)
{
    return QLatin1String("\\fI") + ManPage::escape(text) + QLatin1String("\\fR");
}

// "[-i INVENTORY]..." -> "[\fB\-i\fR \fIINVENTORY\fR]...": names bold,
// placeholders italic, brackets plain.
QString synopsisWord(const QString &word)
{
    QString inner = word;
    QString before;
    QString after;
    if (inner.startsWith(QLatin1Char('['))) {
        before = QStringLiteral("[");
        inner.remove(0, 1);
    }
    const qsizetype close = inner.indexOf(QLatin1Char(']'));
    if (close >= 0) {
        after = inner.mid(close);
        inner.truncate(close);
    }
    QStringList parts;
    for (const QString &part : inner.split(QLatin1Char(' '))) {
        const bool placeholder = part == part.toUpper() && part != part.toLower();
        parts.append(placeholder || part.startsWith(QLatin1String("K=V")) ? italic(part) : bold(part));
    }
    return before + parts.join(QLatin1Char(' ')) + ManPage::escape(after);
}

QString synopsisLine(const QStringList &words)
{
    QStringList formatted;
    for (const QString &word : words)
        formatted.append(synopsisWord(word));
    return formatted.join(QLatin1Char(' ')) + QLatin1Char('\n');
}

QString paragraph(const QString &text)
{
    return QLatin1String(".PP\n") + ManPage::escape(text) + QLatin1Char('\n');
}

QString item(const QString &term, const QString &description)
{
    return QLatin1String(".TP\n") + term + QLatin1Char('\n') + ManPage::escape(description) + QLatin1Char('\n');
}

QString optionTerm(const QStringList &dashedNames, const QString &valueName)
{
    QStringList names;
    for (const QString &name : dashedNames)
        names.append(bold(name));
    QString term = names.join(QLatin1String(", "));
    if (!valueName.isEmpty())
        term += QLatin1Char(' ') + italic(valueName);
    return term;
}

QString title(const ManPage::Header &header)
{
    return QStringLiteral(".TH %1 1 \"%2\" \"%3 %4\" \"User Commands\"\n")
               .arg(header.program.toUpper(), header.date, header.program, header.version)
        + QLatin1String(".SH NAME\n") + header.program + QLatin1String(" \\- ") + ManPage::escape(header.purpose)
        + QLatin1Char('\n');
}

} // namespace

QString ManPage::escape(const QString &text)
{
    QString result;
    result.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        if (c == QLatin1Char('\\'))
            result += QLatin1String("\\e");
        else if (c == QLatin1Char('-'))
            result += QLatin1String("\\-");
        else if (c.unicode() > 0x7e)
            result += QLatin1String("\\[u")
                + QString::number(c.unicode(), 16).toUpper().rightJustified(4, QLatin1Char('0')) + QLatin1Char(']');
        else
            result += c;
    }
    // A line must not start with a control character.
    result.replace(QLatin1Char('\n'), QLatin1String("\n\\&"));
    if (result.startsWith(QLatin1Char('.')) || result.startsWith(QLatin1Char('\'')))
        result.prepend(QLatin1String("\\&"));
    return result;
}

QString ManPage::antler(const Header &header, const QList<CommandSpec> &specs)
{
    const HelpText help(specs);
    QString page = title(header);

    page += QLatin1String(".SH SYNOPSIS\n");
    bool first = true;
    for (const CommandSpec &spec : specs) {
        if (spec.hidden)
            continue;
        if (!first)
            page += QLatin1String(".br\n");
        first = false;
        page += synopsisLine(spec.shortUsage().split(QLatin1Char(' ')));
    }

    page += QLatin1String(".SH DESCRIPTION\n") + paragraph(help.introduction()) + paragraph(help.capabilities());

    const CommandSpec::Option helpOption = CommandArguments::helpOption();
    page += QLatin1String(".SH COMMANDS\n");
    for (const CommandSpec &spec : specs) {
        if (spec.hidden || spec.title.isEmpty())
            continue;
        page += QLatin1String(".SS ") + escape(spec.title) + QLatin1Char('\n');
        page += QLatin1String(".PP\n") + synopsisLine(spec.synopsisWords());
        for (const CommandSpec::Subcommand &subcommand : spec.subcommands)
            page += QLatin1String(".br\n") + synopsisLine(spec.synopsisWords(subcommand));
        page += paragraph(help.summary(spec));
        for (const CommandSpec::Argument &argument : spec.arguments) {
            if (!argument.description.isEmpty())
                page += item(italic(argument.name), argument.description);
        }
        for (const CommandSpec::Subcommand &subcommand : spec.subcommands)
            page += item(synopsisWord(subcommand.term()), subcommand.description);
        for (const CommandSpec::Option &option : spec.visibleOptions()) {
            QStringList names {option.displayName()};
            names += option.aliases();
            page += item(optionTerm(names, option.valueName), option.description);
        }
        for (const QString &note : spec.notes)
            page += paragraph(note);
    }

    page += QLatin1String(".SH OPTIONS\n");
    page += item(optionTerm(QStringList {helpOption.displayName()} + helpOption.aliases(), {}), helpOption.description);
    for (const CommandSpec &spec : specs) {
        if (spec.hidden || !spec.title.isEmpty())
            continue;
        page += item(synopsisWord(spec.synopsisWords().mid(1).join(QLatin1Char(' '))), help.summary(spec));
    }

    page += QLatin1String(".SH \"EXIT STATUS\"\n");
    for (const auto &[code, description] : HelpText::exitCodes())
        page += item(bold(code), description);

    page += QLatin1String(".SH FILES\n") + paragraph(HelpText::configuration());
    page += QLatin1String(".SH \"SEE ALSO\"\n.BR moosefacts (1),\n.BR ansible\\-playbook (1)\n");
    return page;
}

QString ManPage::program(const Header &header, const QString &description, const QList<QCommandLineOption> &options,
                         const QList<std::pair<QString, QString>> &sections, const QStringList &seeAlso)
{
    QString page = title(header);
    page += QLatin1String(".SH SYNOPSIS\n") + bold(header.program) + QLatin1String(" [")
        + italic(QStringLiteral("OPTIONS")) + QLatin1String("]\n");
    page += QLatin1String(".SH DESCRIPTION\n");
    for (const QString &text : description.split(QLatin1String("\n\n"), Qt::SkipEmptyParts))
        page += paragraph(QString(text).replace(QLatin1Char('\n'), QLatin1Char(' ')));
    page += QLatin1String(".SH OPTIONS\n");
    for (const QCommandLineOption &option : options) {
        if (option.flags().testFlag(QCommandLineOption::HiddenFromHelp))
            continue;
        QStringList names;
        for (const QString &name : option.names())
            names.append(CommandSpec::Option::dashed(name));
        page += item(optionTerm(names, option.valueName()), option.description());
    }
    for (const auto &[heading, text] : sections) {
        page += QLatin1String(".SH ") + escape(heading) + QLatin1Char('\n');
        for (const QString &part : text.split(QLatin1String("\n\n"), Qt::SkipEmptyParts))
            page += paragraph(QString(part).replace(QLatin1Char('\n'), QLatin1Char(' ')));
    }
    if (!seeAlso.isEmpty()) {
        page += QLatin1String(".SH \"SEE ALSO\"\n");
        for (qsizetype i = 0; i < seeAlso.size(); ++i)
            page += QLatin1String(".BR ") + escape(seeAlso.at(i)) + QLatin1String(" (1)")
                + (i + 1 < seeAlso.size() ? QLatin1String(",\n") : QLatin1String("\n"));
    }
    return page;
}

} // namespace antler::cli
