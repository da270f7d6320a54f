{
  "targets": [
    {
      "target_name": "gvir_loop",
      "sources": ["glib/native/gvir_loop.c"],
      "cflags": ["<!@(pkg-config --cflags glib-2.0)", "-Wall", "-Wextra", "-Wno-unused-parameter"],
      "libraries": ["<!@(pkg-config --libs glib-2.0)"]
    }
  ]
}
