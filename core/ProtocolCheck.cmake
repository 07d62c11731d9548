# stallkeeper_check_protocol(TARGET SOURCES INCLUDE_DIR): stops the configuration when the
# protocol target links anything but Qt Core (and the project's compile options), or when one
# of its SOURCES includes a project header ("...") that is not itself in SOURCES: a repository
# header, Database.h or anything else that would bring SQL into the code the server and the
# devices share. Includes are resolved as the compiler does: beside the file, then INCLUDE_DIR,
# then the top of the tree ("core/Money.h").
function(stallkeeper_check_protocol target sources include_dir)
    foreach(property LINK_LIBRARIES INTERFACE_LINK_LIBRARIES)
        get_target_property(links ${target} ${property})
        foreach(lib IN LISTS links)
            if(NOT lib MATCHES "^(Qt6::Core|stallkeeper_options)$" AND NOT lib MATCHES "-NOTFOUND$")
                message(FATAL_ERROR "${target} links ${lib}: the protocol links Qt Core only")
            endif()
        endforeach()
    endforeach()
    set(absolute "")
    foreach(source IN LISTS sources)
        cmake_path(ABSOLUTE_PATH source BASE_DIRECTORY ${include_dir} NORMALIZE)
        list(APPEND absolute ${source})
    endforeach()
    set(sources ${absolute})
    foreach(source IN LISTS sources)
        file(STRINGS ${source} lines REGEX "^[ \t]*#[ \t]*include[ \t]*\"")
        cmake_path(GET source PARENT_PATH source_dir)
        foreach(line IN LISTS lines)
            string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*\"([^\"]+)\".*" "\\1" header "${line}")
            if(header MATCHES "\\.moc$")
                continue()
            endif()
            set(found "")
            foreach(dir ${source_dir} ${include_dir} ${PROJECT_SOURCE_DIR})
                if(NOT found AND EXISTS ${dir}/${header})
                    cmake_path(ABSOLUTE_PATH header BASE_DIRECTORY ${dir} NORMALIZE
                               OUTPUT_VARIABLE found)
                endif()
            endforeach()
            if(NOT found IN_LIST sources)
                cmake_path(RELATIVE_PATH source BASE_DIRECTORY ${include_dir}
                           OUTPUT_VARIABLE shown)
                message(FATAL_ERROR "${shown} includes \"${header}\", which is not part of "
                                    "${target}: the protocol may include only its own headers")
            endif()
        endforeach()
    endforeach()
endfunction()
