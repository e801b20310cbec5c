export { CHROMIUM_ENV, findChromium } from './find-chromium';
export {
  CHROMIUM_ARGS,
  chromiumPrinter,
  NO_CHROMIUM_MESSAGE,
  PDF_MARGIN,
  printPdf,
  type PdfPrinter,
  type PrintPdfOptions,
} from './print-pdf';
