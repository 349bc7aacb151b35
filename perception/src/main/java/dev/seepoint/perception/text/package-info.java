/** Text perception: finding and reading lines of text in pixels (PP-OCR via ONNX Runtime, Tesseract). */
package dev.seepoint.perception.text;
