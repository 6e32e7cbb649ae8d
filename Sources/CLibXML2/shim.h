// Debian's libxml2 headers pull in ICU, whose types clash with Foundation's own copy.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlmemory.h>

// xmlFree is a mutable C global, which Swift 6 rejects; call it through a function.
static inline void apidocgen_xmlFree(void *pointer) { xmlFree(pointer); }
