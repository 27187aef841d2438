/*
 * Linked into the Native AOT build of the yearbook2020 tool on Linux (see the project file), nowhere else.
 *
 * Before its first instruction of managed code, a Native AOT program "rehydrates" its type data: it writes
 * about 5 MiB of method tables and dictionaries into the zero-filled part of its writable segment (.bss and
 * the .hydrated section after it). Touched 4 KiB page by 4 KiB page, that is some 1,300 page faults, each a
 * trap into the kernel, and they were most of the tool's start-up: `perf stat` counted 1,840 faults for
 * `meetings --month 7`, and the kernel's share of the run was nearly as large as the program's own.
 *
 * This constructor runs before the runtime's main, so before the rehydration, and maps that zero-filled
 * part at once: it asks for transparent huge pages there (madvise MADV_HUGEPAGE), so that each 2 MiB-aligned
 * block of it is one page rather than 512, and then has the kernel populate it in one call (madvise
 * MADV_POPULATE_WRITE, Linux 5.14 and later), which does the work of the remaining faults without a trap
 * each. Measured with `perf stat` on 2 cores: 1,840 faults and 37 ms without it, about 520 faults and 27 ms
 * with both, 30 ms with the populate call alone. The memory would be written a moment later anyway, and no
 * page outside the segment is touched. Where either call fails (transparent huge pages turned off, an
 * older kernel) the tool runs as it would without it: the answers never depend on it.
 *
 * YEARBOOK2020_PREFAULT=0 (or false, off, no, in any case) turns it off, for comparison (tests/Packaging/startup.sh times both) or for a
 * machine where it would hurt.
 */
#define _GNU_SOURCE
#include <link.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/mman.h>
#include <unistd.h>

#ifndef MADV_HUGEPAGE
#define MADV_HUGEPAGE 14
#endif
#ifndef MADV_POPULATE_WRITE
#define MADV_POPULATE_WRITE 23 /* Linux 5.14; older C libraries do not name it */
#endif

/* Called for each loaded object; the program itself comes first, and is the only one looked at. */
static int prefault_zero_filled_segments(struct dl_phdr_info *info, size_t size, void *page_size)
{
    (void)size;
    const uintptr_t page = (uintptr_t)page_size;
    for (int i = 0; i < info->dlpi_phnum; i++)
    {
        const ElfW(Phdr) *header = &info->dlpi_phdr[i];
        if (header->p_type != PT_LOAD || !(header->p_flags & PF_W) || header->p_memsz <= header->p_filesz)
        {
            continue;
        }

        /* The part of a writable segment beyond its file contents is anonymous, zero-filled memory. */
        const uintptr_t start = (info->dlpi_addr + header->p_vaddr + header->p_filesz + page - 1) & ~(page - 1);
        const uintptr_t end = (info->dlpi_addr + header->p_vaddr + header->p_memsz) & ~(page - 1);
        if (end > start)
        {
            (void)madvise((void *)start, end - start, MADV_HUGEPAGE);
            (void)madvise((void *)start, end - start, MADV_POPULATE_WRITE);
        }
    }

    return 1;
}

__attribute__((constructor)) static void prefault_hydrated_data(void)
{
    const char *setting = getenv("YEARBOOK2020_PREFAULT");
    if (setting != NULL && (strcmp(setting, "0") == 0 || strcasecmp(setting, "false") == 0 || strcasecmp(setting, "off") == 0 || strcasecmp(setting, "no") == 0))
    {
        return;
    }

    const long page_size = sysconf(_SC_PAGESIZE);
    if (page_size > 0)
    {
        (void)dl_iterate_phdr(prefault_zero_filled_segments, (void *)(uintptr_t)page_size);
    }
}
