/** Internals of text perception (PP-OCR pre/post-processing, CTC decoding, Tesseract handles); subject to change. */
package dev.seepoint.perception.text.internal;
