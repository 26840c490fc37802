#include "PrometheusText.h"

#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace antler::test {

namespace {

const QRegularExpression metricName(QStringLiteral("^[a-zA-Z_:][a-zA-Z0-9_:]*$"));
const QRegularExpression labelName(QStringLiteral("^[a-zA-Z_][a-zA-Z0-9_]*$"));

bool parseValue(const QString &text, double *value)
{
    if (text == QLatin1String("+Inf")) {
        *value = INFINITY;
        return true;
    }
    if (text == QLatin1String("-Inf")) {
        *value = -INFINITY;
        return true;
    }
    if (text == QLatin1String("NaN")) {
        *value = NAN;
        return true;
    }
    bool ok = false;
    *value = text.toDouble(&ok);
    return ok;
}

struct Sample
{
    QString name;
    QMap<QString, QString> labels;
    double value = 0;
    int line = 0;
};

// Parses `name{a="b",c="d"} value [timestamp]`; returns an error or empty.
QString parseSample(const QString &line, Sample *sample)
{
    int i = 0;
    while (i < line.size() && line.at(i) != QLatin1Char('{') && line.at(i) != QLatin1Char(' '))
        ++i;
    sample->name = line.left(i);
    if (!metricName.match(sample->name).hasMatch())
        return QStringLiteral("invalid metric name '%1'").arg(sample->name);
    if (i < line.size() && line.at(i) == QLatin1Char('{')) {
        ++i;
        while (i < line.size() && line.at(i) != QLatin1Char('}')) {
            int eq = line.indexOf(QLatin1Char('='), i);
            if (eq < 0)
                return QStringLiteral("label without '='");
            const QString name = line.mid(i, eq - i);
            if (!labelName.match(name).hasMatch())
                return QStringLiteral("invalid label name '%1'").arg(name);
            if (eq + 1 >= line.size() || line.at(eq + 1) != QLatin1Char('"'))
                return QStringLiteral("label value of '%1' not quoted").arg(name);
            QString value;
            int j = eq + 2;
            bool closed = false;
            for (; j < line.size(); ++j) {
                const QChar c = line.at(j);
                if (c == QLatin1Char('\\')) {
                    if (j + 1 >= line.size())
                        return QStringLiteral("dangling escape");
                    const QChar e = line.at(++j);
                    if (e == QLatin1Char('n'))
                        value += QLatin1Char('\n');
                    else if (e == QLatin1Char('\\') || e == QLatin1Char('"'))
                        value += e;
                    else
                        return QStringLiteral("invalid escape \\%1").arg(e);
                } else if (c == QLatin1Char('"')) {
                    closed = true;
                    break;
                } else {
                    value += c;
                }
            }
            if (!closed)
                return QStringLiteral("unterminated label value");
            if (sample->labels.contains(name))
                return QStringLiteral("label '%1' repeated").arg(name);
            sample->labels.insert(name, value);
            i = j + 1;
            if (i < line.size() && line.at(i) == QLatin1Char(','))
                ++i;
        }
        if (i >= line.size())
            return QStringLiteral("unterminated label set");
        ++i; // '}'
    }
    if (i >= line.size() || line.at(i) != QLatin1Char(' '))
        return QStringLiteral("missing space before the value");
    const QStringList rest = line.mid(i + 1).split(QLatin1Char(' '));
    if (rest.isEmpty() || rest.size() > 2)
        return QStringLiteral("expected a value and an optional timestamp");
    if (!parseValue(rest.at(0), &sample->value))
        return QStringLiteral("invalid value '%1'").arg(rest.at(0));
    if (rest.size() == 2) {
        bool ok = false;
        rest.at(1).toLongLong(&ok);
        if (!ok)
            return QStringLiteral("invalid timestamp '%1'").arg(rest.at(1));
    }
    return {};
}

QString familyOf(const QString &name, const QHash<QString, QString> &types)
{
    for (const char *suffix : {"_bucket", "_sum", "_count"}) {
        const QString s = QLatin1String(suffix);
        if (name.endsWith(s)) {
            const QString base = name.chopped(s.size());
            const QString type = types.value(base);
            if (type == QLatin1String("histogram") || type == QLatin1String("summary"))
                return base;
        }
    }
    return name;
}

QString labelKey(QMap<QString, QString> labels)
{
    labels.remove(QStringLiteral("le"));
    QStringList parts;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        parts << it.key() + QLatin1Char('=') + it.value();
    return parts.join(QLatin1Char(','));
}

} // namespace

QStringList validatePrometheusText(const QByteArray &text)
{
    QStringList problems;
    if (!text.isEmpty() && !text.endsWith('\n'))
        problems << QStringLiteral("the exposition does not end with a newline");
    const QStringList lines = QString::fromUtf8(text).split(QLatin1Char('\n'));
    QHash<QString, QString> types;
    QSet<QString> helped;
    QSet<QString> finishedFamilies;
    QSet<QString> sampled;
    QString currentFamily;
    QList<Sample> samples;

    for (int n = 0; n < lines.size(); ++n) {
        const QString &line = lines.at(n);
        const int lineNo = n + 1;
        if (line.isEmpty())
            continue;
        if (line.startsWith(QLatin1Char('#'))) {
            const QStringList parts = line.split(QLatin1Char(' '));
            if (parts.size() >= 3 && (parts.at(1) == QLatin1String("HELP") || parts.at(1) == QLatin1String("TYPE"))) {
                const QString &name = parts.at(2);
                if (!metricName.match(name).hasMatch())
                    problems << QStringLiteral("line %1: invalid metric name in %2").arg(lineNo).arg(parts.at(1));
                if (sampled.contains(name))
                    problems
                        << QStringLiteral("line %1: %2 for %3 after its samples").arg(lineNo).arg(parts.at(1), name);
                if (parts.at(1) == QLatin1String("HELP")) {
                    if (helped.contains(name))
                        problems << QStringLiteral("line %1: second HELP for %2").arg(lineNo).arg(name);
                    helped.insert(name);
                } else {
                    if (parts.size() != 4)
                        problems << QStringLiteral("line %1: TYPE needs exactly a name and a type").arg(lineNo);
                    static const QStringList known {QStringLiteral("counter"), QStringLiteral("gauge"),
                                                    QStringLiteral("histogram"), QStringLiteral("summary"),
                                                    QStringLiteral("untyped")};
                    if (!known.contains(parts.value(3)))
                        problems << QStringLiteral("line %1: unknown type '%2'").arg(lineNo).arg(parts.value(3));
                    if (types.contains(name))
                        problems << QStringLiteral("line %1: second TYPE for %2").arg(lineNo).arg(name);
                    types.insert(name, parts.value(3));
                }
            }
            continue;
        }
        Sample sample;
        sample.line = lineNo;
        const QString error = parseSample(line, &sample);
        if (!error.isEmpty()) {
            problems << QStringLiteral("line %1: %2: %3").arg(lineNo).arg(error, line);
            continue;
        }
        const QString family = familyOf(sample.name, types);
        if (family != currentFamily) {
            if (finishedFamilies.contains(family))
                problems << QStringLiteral("line %1: samples of %2 are not together").arg(lineNo).arg(family);
            if (!currentFamily.isEmpty())
                finishedFamilies.insert(currentFamily);
            currentFamily = family;
        }
        sampled.insert(family);
        if (types.value(family) == QLatin1String("counter") && sample.value < 0)
            problems << QStringLiteral("line %1: counter %2 is negative").arg(lineNo).arg(sample.name);
        samples.append(sample);
    }

    // Histogram structure per family and label set.
    for (auto it = types.cbegin(); it != types.cend(); ++it) {
        if (it.value() != QLatin1String("histogram"))
            continue;
        const QString &base = it.key();
        QMap<QString, QList<Sample>> buckets;
        QMap<QString, double> sums;
        QMap<QString, double> counts;
        for (const Sample &s : std::as_const(samples)) {
            if (s.name == base + QLatin1String("_bucket")) {
                if (!s.labels.contains(QStringLiteral("le")))
                    problems << QStringLiteral("line %1: bucket without le").arg(s.line);
                buckets[labelKey(s.labels)].append(s);
            } else if (s.name == base + QLatin1String("_sum")) {
                sums.insert(labelKey(s.labels), s.value);
            } else if (s.name == base + QLatin1String("_count")) {
                counts.insert(labelKey(s.labels), s.value);
            } else if (s.name == base) {
                problems << QStringLiteral("line %1: histogram %2 has a plain sample").arg(s.line).arg(base);
            }
        }
        for (auto b = buckets.cbegin(); b != buckets.cend(); ++b) {
            double previousLe = -INFINITY;
            double previousCount = 0;
            bool sawInf = false;
            for (const Sample &s : b.value()) {
                double le = 0;
                if (!parseValue(s.labels.value(QStringLiteral("le")), &le)) {
                    problems << QStringLiteral("line %1: le is not a number").arg(s.line);
                    continue;
                }
                if (le <= previousLe)
                    problems << QStringLiteral("line %1: buckets not in increasing le order").arg(s.line);
                if (s.value < previousCount)
                    problems << QStringLiteral("line %1: bucket counts are not cumulative").arg(s.line);
                previousLe = le;
                previousCount = s.value;
                if (std::isinf(le) && le > 0) {
                    sawInf = true;
                    if (!counts.contains(b.key()) || counts.value(b.key()) != s.value)
                        problems << QStringLiteral("line %1: le=\"+Inf\" bucket differs from %2_count")
                                        .arg(s.line)
                                        .arg(base);
                }
            }
            if (!sawInf)
                problems << QStringLiteral("%1{%2}: no le=\"+Inf\" bucket").arg(base, b.key());
            if (!sums.contains(b.key()))
                problems << QStringLiteral("%1{%2}: no _sum").arg(base, b.key());
            if (!counts.contains(b.key()))
                problems << QStringLiteral("%1{%2}: no _count").arg(base, b.key());
        }
    }
    return problems;
}

} // namespace antler::test
