// libxml2's headers pull in ICU when it was built with it, which clashes with Foundation's own
// ICU module; the SAX API needs none of it.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/xmlerror.h>
