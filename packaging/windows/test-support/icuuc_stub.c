/* TEST-ONLY: never shipped, never part of a build that reaches an office PC.

   .ci/windows-check compiles this with MinGW (gcc-mingw-w64-x86-64-win32) into the Wine prefix's
   system32\icuuc.dll, because Wine 8 has no icuuc.dll and Qt6Core.dll imports ucnv_* functions
   from it (Windows 10 and 11 have it in system32). Nothing of it goes into the bundle or the installer.

   Every converter is "not available", so Qt falls back to its built-in UTF-8/16/32 and Latin-1
   codecs: sopdesk, which reads and writes UTF-8 only, behaves as on Windows. */
#include <stddef.h>
typedef int UErrorCode;
#define U_FILE_ACCESS_ERROR 4
#define EXP __declspec(dllexport)
EXP void *ucnv_open(const char *name, UErrorCode *err) { (void)name; if (err && *err <= 0) *err = U_FILE_ACCESS_ERROR; return NULL; }
EXP void ucnv_close(void *c) { (void)c; }
EXP void ucnv_reset(void *c) { (void)c; }
EXP int ucnv_countAvailable(void) { return 0; }
EXP const char *ucnv_getAvailableName(int n) { (void)n; return NULL; }
EXP const char *ucnv_getStandardName(const char *n, const char *s, UErrorCode *err) { (void)n; (void)s; if (err && *err <= 0) *err = U_FILE_ACCESS_ERROR; return NULL; }
EXP const char *ucnv_getName(const void *c, UErrorCode *err) { (void)c; if (err && *err <= 0) *err = U_FILE_ACCESS_ERROR; return NULL; }
EXP signed char ucnv_getMaxCharSize(const void *c) { (void)c; return 1; }
EXP void ucnv_getToUCallBack(const void *c, void **a, const void **b) { (void)c; if (a) *a = NULL; if (b) *b = NULL; }
EXP void ucnv_getFromUCallBack(const void *c, void **a, const void **b) { (void)c; if (a) *a = NULL; if (b) *b = NULL; }
EXP void ucnv_setToUCallBack(void *c, void *n, const void *nc, void **o, const void **oc, UErrorCode *err) { (void)c; (void)n; (void)nc; if (o) *o = NULL; if (oc) *oc = NULL; if (err && *err <= 0) *err = U_FILE_ACCESS_ERROR; }
EXP void ucnv_setFromUCallBack(void *c, void *n, const void *nc, void **o, const void **oc, UErrorCode *err) { (void)c; (void)n; (void)nc; if (o) *o = NULL; if (oc) *oc = NULL; if (err && *err <= 0) *err = U_FILE_ACCESS_ERROR; }
EXP void ucnv_toUnicode(void *c, void **t, const void *tl, const char **s, const char *sl, int *o, signed char f, UErrorCode *err) { (void)c; (void)t; (void)tl; (void)s; (void)sl; (void)o; (void)f; if (err && *err <= 0) *err = U_FILE_ACCESS_ERROR; }
EXP void ucnv_fromUnicode(void *c, char **t, const char *tl, const void **s, const void *sl, int *o, signed char f, UErrorCode *err) { (void)c; (void)t; (void)tl; (void)s; (void)sl; (void)o; (void)f; if (err && *err <= 0) *err = U_FILE_ACCESS_ERROR; }
EXP int ucnv_toUCountPending(const void *c, UErrorCode *err) { (void)c; (void)err; return 0; }
EXP int ucnv_fromUCountPending(const void *c, UErrorCode *err) { (void)c; (void)err; return 0; }
EXP void ucnv_cbToUWriteUChars(void *a, const void *s, int l, int o, UErrorCode *err) { (void)a; (void)s; (void)l; (void)o; (void)err; }
EXP void ucnv_cbFromUWriteUChars(void *a, const void **s, const void *sl, int o, UErrorCode *err) { (void)a; (void)s; (void)sl; (void)o; (void)err; }
EXP void UCNV_TO_U_CALLBACK_SUBSTITUTE(const void *c, void *a, const char *b, int l, int r, UErrorCode *err) { (void)c; (void)a; (void)b; (void)l; (void)r; (void)err; }
EXP void UCNV_FROM_U_CALLBACK_SUBSTITUTE(const void *c, void *a, const void *b, int l, int cp, int r, UErrorCode *err) { (void)c; (void)a; (void)b; (void)l; (void)cp; (void)r; (void)err; }
