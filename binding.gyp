{
  "targets": [
    {
      "target_name": "gvir_loop",
      "sources": [
        "glib/native/gvir_loop.c",
        "glib/native/gvir_thread.c",
        "glib/native/gvir_ops.c",
        "glib/native/gvir_list.c",
        "glib/native/gvir_trace.c",
        "glib/native/gvir_libvirt.c",
        "glib/native/gvir_ops_beyond.c",
        "glib/native/gvir_ops_virsh.c",
        "glib/native/gvir_events.c"
      ],
      "cflags": ["<!@(pkg-config --cflags glib-2.0 libvirt-gobject-1.0)", "-Wall", "-Wextra", "-Wno-unused-parameter"],
      "libraries": ["<!@(pkg-config --libs glib-2.0 libvirt-gobject-1.0)"]
    }
  ]
}
