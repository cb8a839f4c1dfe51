# SPDX-License-Identifier: MIT
# KSyntaxHighlighting is optional. KF6 first; then a KF5 build, accepted only when it was
# built against Qt 6 (QT_MAJOR_VERSION=6), because a Qt 5 library cannot share a process
# with our Qt 6 code. Without it the editor uses our own highlighter on the Elixir lexer.
set(PWB_HAVE_KSH OFF)
set(PWB_HIGHLIGHTER "builtin")
set(PWB_KSH_TARGET "")

find_package(KF6SyntaxHighlighting QUIET)
if(KF6SyntaxHighlighting_FOUND)
  set(PWB_HAVE_KSH ON)
  set(PWB_KSH_TARGET KF6::SyntaxHighlighting)
  set(PWB_KSH_VERSION ${KF6SyntaxHighlighting_VERSION})
else()
  find_package(KF5SyntaxHighlighting QUIET)
  if(KF5SyntaxHighlighting_FOUND)
    get_target_property(_ksh_links KF5::SyntaxHighlighting INTERFACE_LINK_LIBRARIES)
    if("${_ksh_links}" MATCHES "Qt6::")
      set(PWB_HAVE_KSH ON)
      set(PWB_KSH_TARGET KF5::SyntaxHighlighting)
      set(PWB_KSH_VERSION ${KF5SyntaxHighlighting_VERSION})
    else()
      message(STATUS "KF5SyntaxHighlighting ${KF5SyntaxHighlighting_VERSION} found at "
                     "${KF5SyntaxHighlighting_DIR} links Qt 5 (${_ksh_links}): rejected, "
                     "using the builtin highlighter")
    endif()
  endif()
endif()

if(PWB_HAVE_KSH)
  set(PWB_HIGHLIGHTER "KSyntaxHighlighting ${PWB_KSH_VERSION}")
endif()
add_feature_info(KSyntaxHighlighting PWB_HAVE_KSH
  "editor highlighting for every language KDE's repository knows (else builtin Elixir/HEEx)")
