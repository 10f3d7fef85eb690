/** Small inline icons for the transport buttons (decorative: the buttons carry the names). */
const common = {
  width: 16,
  height: 16,
  viewBox: "0 0 16 16",
  "aria-hidden": true,
  focusable: false,
} as const;

export const PlayIcon = () => (
  <svg {...common}>
    <path
      d="M4.5 2.8v10.4a.6.6 0 0 0 .9.5l8.3-5.2a.6.6 0 0 0 0-1L5.4 2.3a.6.6 0 0 0-.9.5z"
      fill="currentColor"
    />
  </svg>
);

export const PauseIcon = () => (
  <svg {...common}>
    <rect x="3.5" y="2.5" width="3.2" height="11" rx="0.8" fill="currentColor" />
    <rect x="9.3" y="2.5" width="3.2" height="11" rx="0.8" fill="currentColor" />
  </svg>
);

export const PreviousIcon = () => (
  <svg {...common}>
    <rect x="2.5" y="3" width="2" height="10" rx="0.6" fill="currentColor" />
    <path
      d="M13 3.6v8.8a.6.6 0 0 1-.9.5L5.6 8.5a.6.6 0 0 1 0-1l6.5-4.4a.6.6 0 0 1 .9.5z"
      fill="currentColor"
    />
  </svg>
);

export const NextIcon = () => (
  <svg {...common}>
    <rect x="11.5" y="3" width="2" height="10" rx="0.6" fill="currentColor" />
    <path
      d="M3 3.6v8.8a.6.6 0 0 0 .9.5l6.5-4.4a.6.6 0 0 0 0-1L3.9 3.1a.6.6 0 0 0-.9.5z"
      fill="currentColor"
    />
  </svg>
);
