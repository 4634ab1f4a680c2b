# Compile settings every target of the project links, in one INTERFACE target.
add_library(idp_common_config INTERFACE)

target_compile_definitions(idp_common_config INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(idp_common_config INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
        -Wunused -Woverloaded-virtual -Wformat=2 -Wimplicit-fallthrough)
    if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        # Qt's logging macros (qCInfo(category) << …) pass no variadic argument.
        target_compile_options(idp_common_config INTERFACE -Wno-gnu-zero-variadic-macro-arguments)
    endif()
    if(IDP_WARNINGS_AS_ERRORS)
        target_compile_options(idp_common_config INTERFACE -Werror)
    endif()
elseif(MSVC)
    target_compile_options(idp_common_config INTERFACE /W4 /permissive- /utf-8)
    if(IDP_WARNINGS_AS_ERRORS)
        target_compile_options(idp_common_config INTERFACE /WX)
    endif()
endif()
