// Contact details as the receipt page shows them: the code is the only key, so whoever holds
// it sees that details are stored and can recognise their own, but cannot read them.
/** «k•••@d•••.no» */
export function maskEmail(email: string): string {
  const [local, domain] = email.split("@");
  if (!local || !domain) return email ? "•••" : "";
  const dot = domain.lastIndexOf(".");
  const host = dot > 0 ? domain.slice(0, dot) : domain;
  const tld = dot > 0 ? domain.slice(dot) : "";
  return `${local[0]}•••@${host[0]}•••${tld}`;
}

export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, "");
  return digits.length >= 2 ? `•••• ${digits.slice(-2)}` : "";
}

export function maskName(name: string): string {
  return name.trim()
    ? name
        .trim()
        .split(/\s+/)
        .map((part) => `${part[0]}.`)
        .join(" ")
    : "";
}
