export const recordingPath = (activityId: string) => `/politiker/aktiviteter/${activityId}/innspill`;
