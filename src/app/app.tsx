import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useState } from "react";
import { DatasetGate } from "./dataset-gate";

export function App() {
  const [queryClient] = useState(() => new QueryClient());
  return (
    <QueryClientProvider client={queryClient}>
      <DatasetGate />
    </QueryClientProvider>
  );
}
