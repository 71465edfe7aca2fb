import { ReceiptNotFound } from "@/features/inputs/components/receipt-not-found";

/** An unknown receipt code met while the page renders (the proxy usually catches it first). */
export default ReceiptNotFound;
