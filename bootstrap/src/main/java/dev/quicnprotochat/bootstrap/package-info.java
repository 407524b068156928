/// Root package of the `bootstrap` module; see DESIGN.md section 1 for what may live here.
package dev.quicnprotochat.bootstrap;
