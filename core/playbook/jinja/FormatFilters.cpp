#include "playbook/jinja/FormatFilters.h"

#include "playbook/YamlValue.h"
#include "playbook/jinja/Arithmetic.h"
#include "playbook/jinja/FilterSupport.h"
#include "playbook/jinja/JsonReader.h"
#include "playbook/jinja/RegexCache.h"
#include "playbook/jinja/Serializer.h"
#include "playbook/jinja/Tests.h"
#include "playbook/jinja/Value.h"

#include <QCryptographicHash>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cmath>

namespace antler::playbook::jinja {

namespace {

QVariant fromYamlNode(const YAML::Node &node)
{
    return YamlValue::toVariant(node);
}

} // namespace

void FormatFilters::addTo(FilterTable &f)
{
    f.insert(
        QStringLiteral("to_json"), FILTER {
            Q_UNUSED(error);
            // json.dumps: a dict's own order unless sort_keys=True.
            *out = Serializer::toJson(a.input, a.get(-1, "indent", 0).toInt(),
                                      Value::truthy(a.get(-1, "sort_keys", false)));
            return true;
        });
    f.insert(
        QStringLiteral("to_nice_json"), FILTER {
            Q_UNUSED(error);
            *out = Serializer::toJson(a.input, a.get(0, "indent", 4).toInt(),
                                      Value::truthy(a.get(1, "sort_keys", true)));
            return true;
        });
    f.insert(
        QStringLiteral("from_json"), FILTER {
            QString problem;
            if (!JsonReader::read(Value::toText(a.input), out, &problem)) {
                *error = FilterSupport::tr("from_json could not parse the text: %1").arg(problem);
                return false;
            }
            return true;
        });
    f.insert(
        QStringLiteral("to_yaml"), FILTER {
            Q_UNUSED(error);
            *out = Serializer::toYaml(a.input, false, a.get(-1, "indent", 2).toInt());
            return true;
        });
    f.insert(
        QStringLiteral("to_nice_yaml"), FILTER {
            Q_UNUSED(error);
            *out = Serializer::toYaml(a.input, true, a.get(0, "indent", 4).toInt());
            return true;
        });
    f.insert(
        QStringLiteral("from_yaml"), FILTER {
            try {
                *out = fromYamlNode(YAML::Load(Value::toText(a.input).toStdString()));
            } catch (const std::exception &e) {
                *error
                    = FilterSupport::tr("from_yaml could not parse the text: %1").arg(QString::fromStdString(e.what()));
                return false;
            }
            return true;
        });
    f.insert(
        QStringLiteral("b64encode"), FILTER {
            Q_UNUSED(error);
            *out = QString::fromLatin1(Value::toText(a.input).toUtf8().toBase64());
            return true;
        });
    f.insert(
        QStringLiteral("b64decode"), FILTER {
            const auto decoded = QByteArray::fromBase64Encoding(Value::toText(a.input).toLatin1(),
                                                                QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded) {
                *error = FilterSupport::tr("b64decode: the text is not valid base64");
                return false;
            }
            *out = QString::fromUtf8(*decoded);
            return true;
        });
    f.insert(
        QStringLiteral("hash"), FILTER {
            const QString algorithm = Value::toText(a.get(0, "hashtype", QStringLiteral("sha1"))).toLower();
            static const QHash<QString, QCryptographicHash::Algorithm> algorithms = {
                {QStringLiteral("md5"), QCryptographicHash::Md5},
                {QStringLiteral("sha1"), QCryptographicHash::Sha1},
                {QStringLiteral("sha224"), QCryptographicHash::Sha224},
                {QStringLiteral("sha256"), QCryptographicHash::Sha256},
                {QStringLiteral("sha384"), QCryptographicHash::Sha384},
                {QStringLiteral("sha512"), QCryptographicHash::Sha512},
            };
            if (!algorithms.contains(algorithm)) {
                *error = FilterSupport::tr(
                             "hash: the algorithm '%1' is not supported; use md5, sha1, sha224, sha256, sha384 or "
                             "sha512")
                             .arg(algorithm);
                return false;
            }
            *out = QString::fromLatin1(
                QCryptographicHash::hash(Value::toText(a.input).toUtf8(), algorithms.value(algorithm)).toHex());
            return true;
        });
    f.insert(
        QStringLiteral("md5"), FILTER {
            Q_UNUSED(error);
            *out = QString::fromLatin1(
                QCryptographicHash::hash(Value::toText(a.input).toUtf8(), QCryptographicHash::Md5).toHex());
            return true;
        });
    auto sha1 = FILTER
    {
        Q_UNUSED(error);
        *out = QString::fromLatin1(
            QCryptographicHash::hash(Value::toText(a.input).toUtf8(), QCryptographicHash::Sha1).toHex());
        return true;
    };
    f.insert(QStringLiteral("sha1"), sha1);
    f.insert(QStringLiteral("checksum"), sha1);
}

} // namespace antler::playbook::jinja
