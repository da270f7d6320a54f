/*
 * gvir_trace: the loop watcher's hooks for loop$ (gvir_trace.c). Each costs one test of a
 * global flag while nobody traces the loop.
 */
#ifndef GVIR_TRACE_H
#define GVIR_TRACE_H

#include <glib.h>

extern gboolean gvir_trace_loop_on;

/* An fd the watcher puts in its epoll set for GLib, with its GLib events (G_IO_IN…). */
void gvir_trace_loop_watch(int fd, int events);
/* An fd GLib no longer asks for. */
void gvir_trace_loop_unwatch(int fd);
/* The poll timeout GLib asked for (-1: none). */
void gvir_trace_loop_timeout(int ms);
/* One GLib dispatch, and how long it took. */
void gvir_trace_loop_dispatch(gint64 microseconds);

#define GVIR_TRACE_LOOP(call) do { if (G_UNLIKELY(gvir_trace_loop_on)) call; } while (0)

#endif
