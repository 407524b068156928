/// Root package of the `application` module; see DESIGN.md section 1 for what may live here.
package dev.quicnprotochat.application;
