import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useState } from "react";
import { DatasetGate } from "./dataset-gate";
import { startLayoutOnLoad } from "./warm-layout";

function createQueryClient(): QueryClient {
  const client = new QueryClient();
  // Subscribed before the first query starts, so no load can finish unseen; lives as long as the client.
  startLayoutOnLoad(client);
  return client;
}

export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <DatasetGate />
    </QueryClientProvider>
  );
}
