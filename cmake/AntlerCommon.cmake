# One INTERFACE target carries the language standard, warnings and Qt defines
# for every target of the project, so no target can drift from the others.
add_library(antler_common INTERFACE)
target_compile_features(antler_common INTERFACE cxx_std_20)
target_compile_options(antler_common INTERFACE
    -Wall -Wextra -pedantic -Wno-missing-field-initializers
    $<$<BOOL:${ANTLER_WERROR}>:-Werror>)
target_compile_definitions(antler_common INTERFACE
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_FOREACH
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_DISABLE_DEPRECATED_BEFORE=0x060000)
