import type { Route } from '@angular/router';

import { AboutPage } from './about.page';
import { ContactPage } from './contact.page';
import { DataPage } from './data.page';
import { EvidencePage } from './evidence.page';
import { ProfilePage } from './profile.page';
import { SharingPage } from './sharing.page';
import { ViewsPage } from './views.page';

/** The profile's parts, one per screen, sharing the profile page's store. Lazy as a whole. */
export const profileRoutes: Route[] = [
  {
    path: '',
    component: ProfilePage,
    children: [
      { path: '', title: 'profile.sharing.title', component: SharingPage },
      { path: 'about', title: 'profile.about.title', component: AboutPage },
      { path: 'contact', title: 'contact.title', component: ContactPage },
      { path: 'evidence', title: 'profile.evidence.title', component: EvidencePage },
      { path: 'views', title: 'profile.views.title', component: ViewsPage },
      { path: 'data', title: 'work.data.title', component: DataPage },
    ],
  },
];
